namespace GaiEval.Tests.Cli;

using System.Text.Json;
using GaiEval.Core.Rounds;
using GaiEval.Tests.Support;

/// <summary><c>gaieval round run</c> through the real command: its refusals, and a second run that resumes and calls no one again.</summary>
public sealed class RoundRunCommandTests : IDisposable
{
    private const string Round = "r1";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Running_the_round_again_resumes_its_run_and_calls_no_one_twice()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        string plan = Write(hiddenReference: "第101窓口です。");
        WriteEndpoint("a-endpoint", server.V1Endpoint);
        using CliProcess open = await Run("round", "open", plan, "--round", Round);

        using CliProcess first = await Run("round", "run", Round, "--plan", plan, "--submissions", "subs", "--db", "r.db");
        int calls = server.RequestCount;
        using CliProcess second = await Run("round", "run", Round, "--plan", plan, "--submissions", "subs", "--db", "r.db");

        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        Assert.True(second.ExitCode == 0, second.Output + second.Error);
        RoundRun recorded = RoundJsonFiles.Read<RoundRun>(folder.File("reports", "rounds", Round, "round-run.json"));
        Assert.Contains($"公式実行 {recorded.RunId} を再開します", second.Output, StringComparison.Ordinal);
        Assert.Equal(calls, server.RequestCount);
        Assert.Equal(["s1", "s2"], recorded.Entries.Select(e => e.ProviderId));
        Assert.Equal(["a-endpoint", "b-answers"], recorded.Entries.Select(e => e.Folder));
        Assert.Contains(recorded.SettingsHash[..16], first.Output, StringComparison.Ordinal);
        Assert.All(server.Requests, r => Assert.Equal("区の職員として答えてください。", r.SystemPrompt));
        Assert.DoesNotContain(server.Requests, r => r.UserText.Contains("private問", StringComparison.Ordinal));
        Assert.Contains(server.Requests, r => r.UserText.Contains("hidden問", StringComparison.Ordinal));

        File.Move(folder.File("r.db"), folder.File("moved.db"));
        using CliProcess withoutDatabase = await Run("round", "run", Round, "--plan", plan, "--submissions", "subs", "--db", "r.db");
        Assert.Equal(2, withoutDatabase.ExitCode);
        Assert.Contains("を保存した結果データベース", withoutDatabase.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("r.db")));
        Assert.Equal(calls, server.RequestCount);
    }

    [Fact]
    public async Task Hidden_items_sent_to_an_endpoint_are_left_out_of_later_rounds_even_with_a_new_reference_unless_included()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        string plan = Write(hiddenReference: "第101窓口です。");
        WriteEndpoint("a-endpoint", server.V1Endpoint);
        using CliProcess open = await Run("round", "open", plan, "--round", Round);
        using CliProcess run = await Run("round", "run", Round, "--plan", plan, "--submissions", "subs", "--db", "r.db");

        using CliProcess later = await Run("round", "open", plan, "--round", "r2");
        using CliProcess included = await Run("round", "open", plan, "--round", "r3", "--include-exposed");
        Write(hiddenReference: "第102窓口です。");
        using CliProcess edited = await Run("round", "open", plan, "--round", "r4");

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains("\"id\": \"h01\"", File.ReadAllText(folder.File("reports", "rounds", Round, "exposed.json")), StringComparison.Ordinal);
        Assert.Equal(2, later.ExitCode);
        Assert.Contains("前の回で公開済みの 1 件を除いた結果", later.Error, StringComparison.Ordinal);
        Assert.True(included.ExitCode == 0, included.Output + included.Error);
        Assert.Contains("h01 は回「r1」でエンドポイントに送った（公開済み）項目ですが、--include-exposed のため含めます", included.Output, StringComparison.Ordinal);
        Assert.Equal(2, edited.ExitCode);
        Assert.Contains("前の回で公開済みの 1 件を除いた結果", edited.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_round_killed_after_its_first_record_has_its_exposure_and_resumes_into_the_same_run()
    {
        await using FakeOpenAiServer server = await FakeOpenAiServer.StartAsync();
        server.Latency = TimeSpan.FromSeconds(1);
        string plan = Write(hiddenReference: "第101窓口です。");
        WriteEndpoint("a-endpoint", server.V1Endpoint);
        using CliProcess open = await Run("round", "open", plan, "--round", Round);
        string runFile = folder.File("reports", "rounds", Round, "round-run.json");

        using (CliProcess first = CliProcess.Start(folder.Path, new Dictionary<string, string> { ["ROUND_TEST_KEY"] = "sk-round-test-0000" },
            "round", "run", Round, "--plan", plan, "--submissions", "subs", "--db", "r.db"))
        {
            DateTime deadline = DateTime.UtcNow.AddSeconds(60);
            while (!File.Exists(runFile) && DateTime.UtcNow < deadline && !first.HasExited)
            {
                await Task.Delay(50);
            }

            first.Kill();
            await first.WaitAsync(TimeSpan.FromSeconds(30));
        }

        string exposed = File.ReadAllText(folder.File("reports", "rounds", Round, "exposed.json"));
        string runId = RoundJsonFiles.Read<RoundRun>(runFile).RunId;
        using CliProcess resumed = await Run("round", "run", Round, "--plan", plan, "--submissions", "subs", "--db", "r.db");

        Assert.Contains("\"id\": \"h01\"", exposed, StringComparison.Ordinal);
        Assert.True(resumed.ExitCode == 0, resumed.Output + resumed.Error);
        Assert.Contains($"公式実行 {runId} を再開します", resumed.Output, StringComparison.Ordinal);
        Assert.Equal(runId, RoundJsonFiles.Read<RoundRun>(runFile).RunId);
        Assert.True(File.Exists(folder.File("reports", "rounds", Round, "vendor", "leaderboard.md")));
    }

    [Fact]
    public async Task A_hidden_item_changed_since_the_round_opened_stops_the_run_before_any_record()
    {
        string plan = Write(hiddenReference: "第101窓口です。");
        using CliProcess open = await Run("round", "open", plan, "--round", Round);
        Write(hiddenReference: "第102窓口です。");

        using CliProcess run = await Run("round", "run", Round, "--plan", plan, "--submissions", "subs", "--db", "r.db");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("コミットメントと一致しないため実行しません", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("reports", "rounds", Round, "round-run.json")));
    }

    [Fact]
    public async Task A_round_that_was_not_opened_or_is_closed_is_not_run()
    {
        string plan = Write(hiddenReference: "第101窓口です。");

        using CliProcess notOpen = await Run("round", "run", Round, "--plan", plan, "--submissions", "subs");
        using CliProcess open = await Run("round", "open", plan, "--round", Round);
        using CliProcess close = await Run("round", "close", Round);
        using CliProcess closed = await Run("round", "run", Round, "--plan", plan, "--submissions", "subs");

        Assert.Equal(2, notOpen.ExitCode);
        Assert.Contains("先に gaieval round open で回を開いてください", notOpen.Error, StringComparison.Ordinal);
        Assert.Equal(0, close.ExitCode);
        Assert.Equal(2, closed.ExitCode);
        Assert.Contains("閉じた回は実行できません", closed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_without_round_settings_and_an_answer_to_a_hidden_item_are_refused_with_their_lines()
    {
        string plan = Write(hiddenReference: "第101窓口です。");
        using CliProcess open = await Run("round", "open", plan, "--round", Round);
        folder.Write("subs/b-answers/answers.jsonl", Answer("p01") + Answer("h01"));
        string noRound = folder.Write("set/no-round.yaml", "name: 回なし\ntestset: items.jsonl\nproviders:\n  - { id: x, method: web-service, adapter: manual }\n");

        using CliProcess withoutRound = await Run("round", "run", Round, "--plan", noRound, "--submissions", "subs");
        using CliProcess hiddenAnswer = await Run("round", "run", Round, "--plan", plan, "--submissions", "subs");

        Assert.Equal(2, withoutRound.ExitCode);
        Assert.Contains("round: がありません", withoutRound.Error + withoutRound.Output, StringComparison.Ordinal);
        Assert.Equal(2, hiddenAnswer.ExitCode);
        Assert.Contains("answers.jsonl:2: id: id「h01」は hidden の項目です", hiddenAnswer.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rounds_plan_has_no_providers_to_run_on_its_own()
    {
        string plan = Write(hiddenReference: "第101窓口です。");

        using CliProcess run = await Run("run", plan, "--db", "r.db");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("gaieval round run NAME --plan", run.Error, StringComparison.Ordinal);
    }

    /// <summary>A test set of one public, one hidden and one private item, the round's plan, and one answers submission (b-answers).</summary>
    private string Write(string hiddenReference)
    {
        folder.Write("set/items.jsonl", Item("p01", "public", "第1窓口です。") + Item("h01", "hidden", hiddenReference) + Item("v01", "private", "第201窓口です。"));
        WriteManifest("b-answers", "answers: answers.jsonl");
        folder.Write("subs/b-answers/answers.jsonl", Answer("p01"));
        return folder.Write("set/plan.yaml", """
            name: 試験の回
            testset: items.jsonl
            round:
              system_prompt: 区の職員として答えてください。
              limits: { concurrency: 1, retries: 0 }
              clearance: internal
            """);
    }

    private void WriteEndpoint(string name, Uri endpoint) =>
        WriteManifest(name, $"endpoint: {{ adapter: openai, endpoint: \"{endpoint}\", model: m, api_key_env: ROUND_TEST_KEY }}");

    private void WriteManifest(string name, string answering) => folder.Write($"subs/{name}/submission.yaml", $"""
        vendor: 事業者{name}
        product: 製品
        model: m
        model_version: "1"
        method: cloud
        hosting: 国内クラウド
        data_terms: 保存せず、学習にも使いません
        contact: {"{"} name: 見本 花子, email: eval@example.co.jp {"}"}
        variants_tried: 0
        statement: {"{"} text: 非公開の項目で調整していません, signed_by: 見本 太郎, date: 2026-11-20 {"}"}
        {answering}
        """);

    private static string Item(string id, string split, string reference) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["id"] = id,
        ["category"] = "住民票・戸籍",
        ["use"] = "対話生成",
        ["question"] = $"【{split}問】{id}の窓口はどこですか。",
        ["reference"] = reference,
        ["must_include"] = new[] { new[] { reference[..4] } },
        ["human_minutes"] = 5,
        ["review_minutes"] = 1,
        ["split"] = split,
    }) + "\n";

    private static string Answer(string id) => JsonSerializer.Serialize(new { id, answer = "第1窓口です。" }) + "\n";

    private Task<CliProcess> Run(params string[] args) =>
        CliProcess.RunAsync(folder.Path, new Dictionary<string, string> { ["ROUND_TEST_KEY"] = "sk-round-test-0000" }, args);
}
