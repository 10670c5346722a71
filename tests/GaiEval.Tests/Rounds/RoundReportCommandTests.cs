namespace GaiEval.Tests.Rounds;

using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Core.Rounds;
using GaiEval.Core.Rounds.Contamination;
using GaiEval.Core.Text;
using GaiEval.Reporting.Rounds;
using GaiEval.Storage;
using GaiEval.Tests.Support;

/// <summary>
/// gaieval round report on a real run: two identical offline endpoints (which the data cannot separate: a tie) and one
/// answers file that repeats the round's canary. The vendor files hold no hidden or private text, and a submission's
/// feedback shows its own answers only.
/// </summary>
public sealed class RoundReportCommandTests : IDisposable
{
    private const string Canary = "kq7ZpX2mWv9TbR4nHs";

    private static readonly (string Id, string Split, string Question, string Reference, string Must)[] Items =
    [
        ("p1", "public", "住民票の受付時間を教えてください。", "平日8時30分からです。", "8時30分"),
        ("p2", "public", "印鑑登録に必要なものは何ですか。", "本人確認書類が必要です。", "本人確認書類"),
        ("p3", "public", "住民票の写しの手数料はいくらですか。", "1通300円です。", "300円"),
        ("h1", "hidden", "出張所で住民票を取るといくら払いますか。", "出張所でも1通300円を払います。", "300円"),
        ("h2", "hidden", "平日の窓口は何時に開きますか。", "窓口は平日の朝8時30分に開きます。", "8時30分"),
        ("h3", "hidden", "印鑑を登録するとき何を持参しますか。", "登録する印鑑と本人確認書類を持参します。", "本人確認書類"),
        ("x1", "private", "区役所の内部の決裁規程はどこにありますか。", "内部の決裁規程は庶務課の共有フォルダにあります。", "庶務課"),
    ];

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_leaderboard_ties_what_the_data_cannot_separate_and_no_vendor_file_holds_hidden_or_private_text()
    {
        string runId = await RunAsync();
        WriteRound(runId);

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "round", "report", "R1", "--dir", folder.File("rounds"));

        Assert.True(cli.ExitCode == 0, cli.Output + cli.Error);
        string vendor = folder.File("rounds", "R1", "vendor");
        string[] vendorFiles = [.. Directory.GetFiles(vendor, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
        Assert.Equal(
            [Path.Combine(vendor, "feedback", "a-vendor.md"), Path.Combine(vendor, "feedback", "b-vendor.md"), Path.Combine(vendor, "feedback", "c-vendor.md"),
             Path.Combine(vendor, "leaderboard.html"), Path.Combine(vendor, "leaderboard.md")],
            vendorFiles);
        Assert.True(File.Exists(folder.File("rounds", "R1", "ward", "leaderboard.md")));

        string board = File.ReadAllText(Path.Combine(vendor, "leaderboard.md"));
        string official = board[board.IndexOf("## 本番順位", StringComparison.Ordinal)..board.IndexOf("## " + LeaderboardDocument.PracticeTitle, StringComparison.Ordinal)];
        Assert.Contains("| 1（同順位） | a-vendor（事業者A「製品A」） |", official, StringComparison.Ordinal);
        Assert.Contains("| 1（同順位） | b-vendor（事業者B「製品B」） |", official, StringComparison.Ordinal);
        Assert.DoesNotContain("c-vendor（事業者C「製品C」） |", official, StringComparison.Ordinal);
        Assert.Contains("同順位: b-vendor（事業者B「製品B」）（区間が重なり、差も有意でない（Holm 補正後 p=1.000））", board, StringComparison.Ordinal);
        Assert.Contains(LeaderboardDocument.AnswersFilesExcluded + ": c-vendor（事業者C「製品C」）", board, StringComparison.Ordinal);
        Assert.Contains("検出 1/3 件の回答", board, StringComparison.Ordinal);
        Assert.DoesNotContain("注意:", board, StringComparison.Ordinal);
        // Every reference here is shorter than 40 characters: too short to tell a copy from a right answer.
        Assert.Contains("| 検出 1/3 件の回答 | 模範解答の書き写し: NOT MEASURED（未測定）（模範解答が40文字以上の公開項目への回答がない） | 汚染の疑い |", board, StringComparison.Ordinal);
        Assert.Contains("| 検出なし（0/7 件の回答） | NOT MEASURED（未測定）（completion.json がない） | 検出なし（一部未測定: 補完プローブ） |", board, StringComparison.Ordinal);
        Assert.Contains("比べた項目: 3 件（非公開項目の最初の繰り返しのうち、表の全応募に観測があるもの）。", official, StringComparison.Ordinal);
        Assert.DoesNotContain("比較から除いた", board, StringComparison.Ordinal);
        Assert.Contains("NOT MEASURED（未測定）（completion.json がない）", board, StringComparison.Ordinal);
        Assert.Contains("1位（同順位） a-vendor", cli.Output, StringComparison.Ordinal);
        Assert.Contains("1位（同順位） b-vendor", cli.Output, StringComparison.Ordinal);

        foreach (string file in vendorFiles)
        {
            string text = File.ReadAllText(file);
            string normalized = JapaneseTextNormalizer.Normalize(text.Replace("\\", string.Empty, StringComparison.Ordinal));
            foreach (var item in Items.Where(i => i.Split != "public"))
            {
                foreach (string secret in new[] { item.Question, item.Reference })
                {
                    Assert.False(normalized.Contains(JapaneseTextNormalizer.Normalize(secret), StringComparison.Ordinal), $"{file}: {item.Id} {secret}");
                }
            }
        }

        string own = File.ReadAllText(Path.Combine(vendor, "feedback", "c-vendor.md"));
        Assert.Contains("| p2 | 1 | 印鑑登録に必要なものは何ですか。 | 本人確認書類が必要です。 | 印鑑だけで登録できます。 |", own, StringComparison.Ordinal);
        Assert.Contains("- 模範解答の書き写し: NOT MEASURED（未測定）", own, StringComparison.Ordinal);
        Assert.Contains("汚染の疑い: c-vendor（事業者C「製品C」）（カナリア 検出 1/3 件の回答、模範解答の書き写し: NOT MEASURED", cli.Output, StringComparison.Ordinal);
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(folder.File("results.db"));
        await foreach (ResponseRecord response in store.ReadResponsesAsync(runId))
        {
            if (response.ProviderId != "s3" && response.Text is { Length: > 0 } text)
            {
                Assert.DoesNotContain(MarkdownTextOf(text), own, StringComparison.Ordinal);
            }
        }

        Assert.Contains("非公開項目の分野別正答率", File.ReadAllText(folder.File("rounds", "R1", "ward", "leaderboard.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_round_without_round_run_json_is_bad_input_and_nothing_is_written()
    {
        Directory.CreateDirectory(folder.File("rounds", "R1"));

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "round", "report", "R1", "--dir", folder.File("rounds"));

        Assert.True(cli.ExitCode == 2, cli.Output + cli.Error);
        Assert.Contains($"{folder.File("rounds", "R1", "round-run.json")}:0: file: ファイルが見つかりません", cli.Error, StringComparison.Ordinal);
        Assert.Equal([], Directory.GetFileSystemEntries(folder.File("rounds", "R1")));
    }

    [Fact]
    public async Task A_run_missing_from_the_database_is_bad_input()
    {
        string runId = await RunAsync();
        WriteRound(runId + "-x");

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "round", "report", "R1", "--dir", folder.File("rounds"));

        Assert.True(cli.ExitCode == 2, cli.Output + cli.Error);
        Assert.Contains($"round-run.json:0: run_id: 実行ID {runId}-x はデータベース", cli.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("rounds", "R1", "vendor")));
    }

    [Fact]
    public async Task A_vendors_own_answer_that_quotes_a_hidden_question_is_left_out_of_its_feedback_and_the_ward_is_told()
    {
        // The answers file's own wrong answer to p2 quotes hidden item h1's question: its feedback would show it.
        string runId = await RunAsync(wrongAnswer: "印鑑だけです。ところで出張所で住民票を取るといくら払いますか。");
        WriteRound(runId);

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "round", "report", "R1", "--dir", folder.File("rounds"));

        Assert.True(cli.ExitCode == 0, cli.Output + cli.Error);
        string own = File.ReadAllText(folder.File("rounds", "R1", "vendor", "feedback", "c-vendor.md"));
        Assert.Contains("| p2 | 1 | 印鑑登録に必要なものは何ですか。 | 本人確認書類が必要です。 | （非公開項目の本文を含むため省略しました） |", own, StringComparison.Ordinal);
        Assert.DoesNotContain("出張所で住民票を取る", own, StringComparison.Ordinal);
        Assert.Contains(
            "c-vendor（事業者C「製品C」） の公開項目 p2（繰り返し 1）の回答: 非公開の項目 h1 の question を含むため、フィードバックでは省略しました",
            File.ReadAllText(folder.File("rounds", "R1", "ward", "leaderboard.md")),
            StringComparison.Ordinal);
        Assert.Contains("非公開項目の本文を含む応募の回答 1 件をフィードバックで省略しました（区用のリーダーボードに記載）", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_vendor_file_whose_ward_written_text_would_hold_a_hidden_question_is_never_written_and_the_command_exits_70()
    {
        // Public item p2's own question quotes hidden item h1's question: the failures table of the feedback would show it.
        string runId = await RunAsync(p2Question: "印鑑登録に必要なものは何ですか。出張所で住民票を取るといくら払いますか。");
        WriteRound(runId);

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "round", "report", "R1", "--dir", folder.File("rounds"));

        Assert.True(cli.ExitCode == 70, cli.Output + cli.Error);
        Assert.Matches(@"漏洩の防止: vendor/feedback/[abc]-vendor\.md に非公開の項目 h1 の question が含まれます。vendor/ には何も書いていません", cli.Error);
        Assert.False(Directory.Exists(folder.File("rounds", "R1", "vendor")));
        Assert.False(Directory.Exists(folder.File("rounds", "R1", "ward")));
    }

    [Fact]
    public async Task A_suspect_gap_and_answers_awaiting_grading_are_said_on_the_console_and_the_criteria_use_hidden_items_only()
    {
        // s1 right on the 6 public items and wrong on the 6 hidden ones; s2 right everywhere but h6, which awaits a verdict.
        GoldItem[] items =
        [
            .. Enumerable.Range(1, 6).Select(i => StoredRun.Item($"p{i}")),
            .. Enumerable.Range(1, 6).Select(i => StoredRun.Item($"h{i}") with { Split = ItemSplit.Hidden }),
        ];
        EvalPlan plan = StoredRun.PlanOf(StoredRun.Provider("s1"), StoredRun.Provider("s2")) with
        {
            Criteria = [new Criterion { Metric = "accuracy", Op = ">=", Value = 0.5 }],
        };
        await using (StoredRun run = await StoredRun.CreateAsync(folder, items, plan))
        {
            foreach (GoldItem item in items)
            {
                run.Answer(item.Id, "s1", "1通300円です。", correct: item.Split == ItemSplit.Public, 100)
                    .Answer(item.Id, "s2", "1通300円です。", correct: item.Id == "h6" ? null : true, 100);
            }

            await run.SaveAsync();
        }

        WriteRound(StoredRun.RunId, folder.File("stored.db"), answersFile: false);

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "round", "report", "R1", "--dir", folder.File("rounds"));

        Assert.True(cli.ExitCode == 0, cli.Output + cli.Error);
        // Compared: h1..h5. s1 0/5 [0, 0.434], s2 5/5 [0.566, 1]: apart, but McNemar p = 2/2^5 = 0.0625: a tie.
        Assert.Contains("本番順位（非公開項目の最初の繰り返し、比べた項目 5 件、除いた項目 1 件）:", cli.Output, StringComparison.Ordinal);
        Assert.Contains("注意: 本番順位は暫定です（非公開項目に判定保留の回答があります。gaieval review で採点してください）", cli.Output, StringComparison.Ordinal);
        // s1: public 6/6 − hidden 0/6, Fisher p = 2/924.
        Assert.Contains("要確認（公開と非公開の差）: a-vendor（事業者A「製品A」）（公開項目で高すぎる（要確認）: 公開 100.0%", cli.Output, StringComparison.Ordinal);
        Assert.Contains("Fisher p=0.002）", cli.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("b-vendor（事業者B「製品B」）（公開項目で高すぎる", cli.Output, StringComparison.Ordinal);
        string board = File.ReadAllText(folder.File("rounds", "R1", "vendor", "leaderboard.md"));
        Assert.Contains("比較から除いた非公開項目: 1 件（6 件中。一部の応募の回答が判定保留の項目 1 件）。", board, StringComparison.Ordinal);
        Assert.Contains("注意: この順位は暫定です。b-vendor（事業者B「製品B」） に非公開項目の判定保留の回答があり", board, StringComparison.Ordinal);
        Assert.Contains("| 検出なし（0/12 件の回答） | NOT MEASURED（未測定）（completion.json がない） | 要確認（公開と非公開の差） |", board, StringComparison.Ordinal);
        // Hidden only, s1 0/6 [0, 0.390] is below 0.5 (with its public items, 6/12 [0.254, 0.746], it would be undecided).
        Assert.Contains("- a-vendor（事業者A「製品A」）: FAIL（未達の必須基準あり）", board, StringComparison.Ordinal);
        Assert.Contains(LeaderboardDocument.CriteriaScope, board, StringComparison.Ordinal);
    }

    private static string MarkdownTextOf(string answer) => GaiEval.Reporting.Text.MarkdownText.EscapeUntrusted(answer);

    /// <param name="wrongAnswer">The answers file's (wrong) answer to p2.</param>
    /// <param name="p2Question">p2's question instead of the usual one.</param>
    private async Task<string> RunAsync(string wrongAnswer = "印鑑だけで登録できます。", string? p2Question = null)
    {
        folder.Write("knowledge/madoguchi.md", MiniScenario.Knowledge);
        folder.Write("items.jsonl", string.Concat(Items.Select(i => i.Id == "p2" && p2Question is not null ? i with { Question = p2Question } : i).Select(i =>
            $$"""{"id":"{{i.Id}}","category":"住民票・戸籍","use":"対話生成","question":"{{i.Question}}","reference":"{{i.Reference}}","must_include":[["{{i.Must}}"]],"split":"{{i.Split}}","human_minutes":5,"review_minutes":1}""" + "\n")));
        folder.Write("answers.jsonl", $$"""
            {"id": "p1", "answer": "平日8時30分から受け付けています。"}
            {"id": "p2", "answer": "{{wrongAnswer}}"}
            {"id": "p3", "answer": "1通300円です。{{Canary}}"}
            """);
        string plan = folder.Write("plan.yaml", $"""
            name: 回 R1
            testset: items.jsonl
            knowledge: knowledge
            providers:
            {MiniScenario.RetrievalProvider("s1")}
            {MiniScenario.RetrievalProvider("s2")}
              - id: s3
                name: 事業者C
                method: web-service
                adapter: answers
                answers: answers.jsonl
            """);
        using CliProcess run = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", folder.File("results.db"), "--out", folder.File("out"));
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(folder.File("results.db"));
        return Assert.Single(await store.ListRunsAsync()).RunId;
    }

    /// <param name="database">The results database; results.db when null.</param>
    /// <param name="answersFile">Whether s3, the answers file, is one of the round's submissions.</param>
    private void WriteRound(string runId, string? database = null, bool answersFile = true)
    {
        string round = folder.File("rounds", "R1");
        Directory.CreateDirectory(round);
        RoundJsonFiles.WriteNew(Path.Combine(round, "round-run.json"), new RoundRun
        {
            Round = "R1",
            RunId = runId,
            Database = database ?? folder.File("results.db"),
            SettingsHash = new string('c', 64),
            Seed = 7,
            CreatedAt = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero),
            Entries =
            [
                Entry("s1", "a-vendor", "事業者A", "製品A", SubmissionKind.Endpoint),
                Entry("s2", "b-vendor", "事業者B", "製品B", SubmissionKind.Endpoint),
                .. answersFile ? [Entry("s3", "c-vendor", "事業者C", "製品C", SubmissionKind.Answers)] : Array.Empty<RoundEntry>(),
            ],
        });
        RoundJsonFiles.WriteNew(Path.Combine(round, "canary.json"), new RoundCanary { Round = "R1", Canary = Canary, CreatedAt = DateTimeOffset.UnixEpoch });
    }

    private static RoundEntry Entry(string provider, string name, string vendor, string product, SubmissionKind kind) => new()
    {
        ProviderId = provider,
        Folder = name,
        Vendor = vendor,
        Product = product,
        Model = "model-x",
        ModelVersion = "2026-11",
        Method = DeploymentMethod.Cloud,
        Kind = kind,
        VariantsTried = 1,
    };
}
