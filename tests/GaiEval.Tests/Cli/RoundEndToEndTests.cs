namespace GaiEval.Tests.Cli;

using GaiEval.Core.Rounds;
using GaiEval.Core.Text;
using GaiEval.Tests.Support;

/// <summary>
/// The "done when": <see cref="RoundScenario"/> through the real commands, from <c>round open</c> to
/// <c>round close</c> and a third party's <c>round verify</c>. No file meant for vendors holds a hidden or private item's
/// question or reference, the leaderboard ties the two endpoints the data cannot separate, and the copier is flagged by
/// the canary and by the completion probes.
/// </summary>
public sealed class RoundEndToEndTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private readonly List<CliProcess> commands = [];
    private FakeOpenAiServer server = null!;

    private string RoundFolder => folder.File("rounds", RoundScenario.Round);

    public async Task InitializeAsync()
    {
        server = await FakeOpenAiServer.StartAsync();
        string plan = RoundScenario.Write(folder, server.V1Endpoint);
        server.Answer = RoundScenario.Answer(Path.Combine(RoundFolder, "public", "testset.jsonl"));
        await RunAsync("round", "open", plan, "--round", RoundScenario.Round, "--dir", "rounds");
        await RunAsync("round", "publish", RoundScenario.Round, "--testset", plan, "--dir", "rounds");
        await RunAsync("round", "run", RoundScenario.Round, "--plan", plan, "--submissions", "subs", "--dir", "rounds", "--db", "results.db");
        await RunAsync("round", "report", RoundScenario.Round, "--dir", "rounds");
        await RunAsync("round", "close", RoundScenario.Round, "--dir", "rounds");
    }

    public async Task DisposeAsync()
    {
        commands.ForEach(c => c.Dispose());
        await server.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public void Every_command_succeeds()
    {
        foreach (CliProcess command in commands)
        {
            Assert.True(command.ExitCode == 0, command.Output + command.Error);
        }
    }

    [Fact]
    public void No_file_meant_for_vendors_holds_a_hidden_or_private_question_or_reference()
    {
        string[] vendorFiles = [.. Directory.GetFiles(RoundFolder, "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(Path.Combine(RoundFolder, "ward") + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Where(f => Path.GetFileName(f) != "salt.secret")];
        Assert.Contains(vendorFiles, f => f.EndsWith(Path.Combine("vendor", "leaderboard.md"), StringComparison.Ordinal));
        Assert.Contains(vendorFiles, f => f.EndsWith(Path.Combine("public", "testset.jsonl"), StringComparison.Ordinal));
        Assert.Equal(3, Directory.GetFiles(Path.Combine(RoundFolder, "vendor", "feedback")).Length);

        foreach (string file in vendorFiles)
        {
            string text = JapaneseTextNormalizer.Normalize(File.ReadAllText(file));
            foreach (RoundScenario.Item item in RoundScenario.Items.Where(i => i.Split != "public"))
            {
                Assert.False(text.Contains(JapaneseTextNormalizer.Normalize(item.Question), StringComparison.Ordinal), $"{file}: {item.Id} の質問");
                Assert.False(text.Contains(JapaneseTextNormalizer.Normalize(item.Reference), StringComparison.Ordinal), $"{file}: {item.Id} の参照回答");
            }
        }
    }

    [Fact]
    public void The_leaderboard_ties_the_two_endpoints_whose_intervals_overlap_and_ranks_no_answers_file_on_hidden_items()
    {
        string leaderboard = File.ReadAllText(Path.Combine(RoundFolder, "vendor", "leaderboard.md"));
        string official = leaderboard[leaderboard.IndexOf("## 本番順位", StringComparison.Ordinal)..leaderboard.IndexOf("## 公開項目での成績", StringComparison.Ordinal)];

        Assert.Contains("| 1（同順位） | a-honest", official, StringComparison.Ordinal);
        Assert.Contains("| 1（同順位） | b-copier", official, StringComparison.Ordinal);
        Assert.Contains("83.3% \\[55.2%, 95.3%\\] | 10/12", official, StringComparison.Ordinal);
        Assert.Contains("75.0% \\[46.8%, 91.1%\\] | 9/12", official, StringComparison.Ordinal);
        Assert.Contains("区間が重なり", official, StringComparison.Ordinal);
        Assert.DoesNotContain("| 2 |", official, StringComparison.Ordinal);
        Assert.Contains("本番順位の対象外: c-file", official, StringComparison.Ordinal);
    }

    [Fact]
    public void The_copier_is_flagged_by_the_canary_and_the_completion_probes_and_the_others_are_not()
    {
        string[] rows = File.ReadAllLines(Path.Combine(RoundFolder, "vendor", "leaderboard.md"));
        string Row(string name) => rows.Single(r => r.StartsWith($"| {name} | ", StringComparison.Ordinal));

        Assert.Contains("検出 12/24 件の回答", Row("b-copier"), StringComparison.Ordinal);
        Assert.Contains("続きを再現 6/6 件", Row("b-copier"), StringComparison.Ordinal);
        Assert.EndsWith("| 汚染の疑い |", Row("b-copier"), StringComparison.Ordinal);
        Assert.Contains("検出なし（0/24 件の回答） | 再現なし（0/6 件） | 検出なし |", Row("a-honest"), StringComparison.Ordinal);
        Assert.Contains("| 対象外（回答ファイル: 非公開項目の回答がない） | 検出なし（0/12 件の回答） | 模範解答の書き写しなし（0/12 件） | 検出なし |", Row("c-file"), StringComparison.Ordinal);
        Assert.Contains("汚染の疑い", File.ReadAllText(Path.Combine(RoundFolder, "vendor", "feedback", "b-copier.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_criteria_are_judged_on_hidden_items_only_and_never_pass_an_answers_file()
    {
        string leaderboard = File.ReadAllText(Path.Combine(RoundFolder, "vendor", "leaderboard.md"));
        string verdicts = leaderboard[leaderboard.IndexOf("## 判定基準による判定", StringComparison.Ordinal)..leaderboard.IndexOf("## 汚染シグナルの見方", StringComparison.Ordinal)];

        // Hidden only: a-honest 10/12, Wilson [0.552, 0.953] above 0.5; b-copier 9/12, [0.468, 0.911] straddles it
        // (with its 12/12 on the public items it would have been 21/24, [0.690, 0.957]: a pass).
        Assert.Contains("- a-honest（正直AI株式会社「窓口案内AI（a-honest）」）: PASS（必須の基準をすべて達成）", verdicts, StringComparison.Ordinal);
        Assert.Contains("- b-copier（写し取りAI合同会社「窓口案内AI（b-copier）」）: 要追加検証（未確定の基準あり）", verdicts, StringComparison.Ordinal);
        Assert.Contains(
            "- c-file（回答ファイル株式会社「窓口案内AI（c-file）」）: NOT MEASURED（未測定） — 非公開項目の回答がない（回答ファイルの応募は判定の対象外。公開項目は練習できたため）",
            verdicts,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Every_report_of_the_round_carries_its_settings_hash()
    {
        string hash = RoundJsonFiles.Read<RoundRun>(Path.Combine(RoundFolder, "round-run.json")).SettingsHash;
        string[] reports =
        [
            .. Directory.GetFiles(Path.Combine(RoundFolder, "vendor"), "*.*", SearchOption.AllDirectories),
            .. Directory.GetFiles(Path.Combine(RoundFolder, "ward"), "*.md", SearchOption.AllDirectories),
            .. Directory.GetFiles(Path.Combine(RoundFolder, "ward"), "*.html", SearchOption.AllDirectories),
        ];

        Assert.Equal(5 + 4, reports.Length);
        Assert.All(reports, report => Assert.Contains(hash[..16], File.ReadAllText(report), StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_wards_gate_and_decision_judge_the_round_as_the_leaderboard_does()
    {
        string runId = RoundJsonFiles.Read<RoundRun>(Path.Combine(RoundFolder, "round-run.json")).RunId;

        using CliProcess gate = await CliProcess.RunAsync(folder.Path, "gate", runId, "--db", "results.db");
        string decision = File.ReadAllText(Directory.GetFiles(Path.Combine(RoundFolder, "ward"), "decision.md", SearchOption.AllDirectories).Single());

        string Section(string id) => gate.Output.Split("■ ").Single(s => s.Contains($"[{id}]", StringComparison.Ordinal));
        Assert.Equal(3, gate.ExitCode);
        Assert.Contains("総合判定: GO", Section("s1"), StringComparison.Ordinal);
        Assert.DoesNotContain("総合判定: GO", Section("s2"), StringComparison.Ordinal);
        Assert.Contains("NOT MEASURED", Section("s3"), StringComparison.Ordinal);
        Assert.Contains("回答ファイルの応募は非公開項目に答えていないため、判定の対象外", Section("s3"), StringComparison.Ordinal);
        Assert.Contains("回答ファイルの応募は非公開項目に答えていないため、判定の対象外", decision, StringComparison.Ordinal);
    }

    [Fact]
    public void The_wards_own_report_keeps_the_hidden_items()
    {
        string report = string.Join("\n", Directory.GetFiles(Path.Combine(RoundFolder, "ward"), "results.csv", SearchOption.AllDirectories).Select(File.ReadAllText));

        Assert.Contains(RoundScenario.Items.First(i => i.Split == "hidden").Question, report, StringComparison.Ordinal);
    }

    [Fact]
    public void Private_items_never_reach_an_endpoint_and_hidden_items_reach_both()
    {
        foreach (RoundScenario.Item item in RoundScenario.Items)
        {
            int received = server.Requests.Count(r => r.UserText.Contains(item.Question, StringComparison.Ordinal));
            Assert.Equal(item.Split == "private" ? 0 : 2, received);
        }
    }

    [Fact]
    public async Task The_commitment_verifies_after_close_for_a_third_party()
    {
        using CliProcess verify = await CliProcess.RunAsync(
            folder.Path, "round", "verify", Path.Combine(RoundFolder, "commitment.json"), Path.Combine(RoundFolder, "reveal.json"), folder.File("set", "items.jsonl"));

        Assert.True(verify.ExitCode == 0, verify.Output + verify.Error);
    }

    private async Task RunAsync(params string[] args) =>
        commands.Add(await CliProcess.RunAsync(folder.Path, RoundScenario.Environment, args));
}
