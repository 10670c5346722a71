namespace GaiEval.Tests.Cli;

using GaiEval.Core.Analysis;
using GaiEval.Core.Reporting;
using GaiEval.Core.Results;
using GaiEval.Storage;
using GaiEval.Tests.Support;

/// <summary>
/// A vendor's answers file run with gaieval run beside the retrieval baseline: stored, measured and scored like any
/// provider's answers; a hidden item is never sent to it; a file that leaves a public item unanswered or is bad stops the
/// run before anything is written.
/// </summary>
public sealed class AnswersProviderRunTests : IDisposable
{
    // Items of MiniScenario: q001 asks the opening hours (8時30分), q002 what to bring for a seal (本人確認書類), q003 the fee (300円).
    private const string Vendor = """
          - id: vendor
            name: 事業者A
            method: web-service
            adapter: answers
            answers: answers.jsonl

        """;

    private readonly TempFolder folder = new();
    private readonly string db;

    public AnswersProviderRunTests()
    {
        db = folder.File("results.db");
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_files_answers_are_stored_with_their_tokens_and_latency_none_made_up_scored_and_a_hidden_item_is_never_sent()
    {
        folder.Write("answers.jsonl", """
            {"id": "q001", "answer": "平日8時30分から受け付けています。", "input_tokens": 120, "output_tokens": 45, "latency_ms": 1500}
            {"id": "q002", "answer": "印鑑だけで登録できます。", "input_tokens": 100, "output_tokens": 20}
            {"id": "q003", "answer": "1通300円です。", "input_tokens": 90, "output_tokens": 10}
            """);
        string plan = MiniScenario.Write(folder, 3, MiniScenario.RetrievalProvider("base") + Vendor);
        File.AppendAllText(folder.File("items.jsonl"),
            """{"id":"q004","category":"住民票・戸籍","use":"対話生成","question":"住民票の写しの手数料はいくらですか。","must_include":[["300円"]],"split":"hidden","human_minutes":5,"review_minutes":1}""" + "\n");

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", db, "--out", folder.File("out"));

        Assert.True(cli.ExitCode == 0, cli.Output + cli.Error);
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(db);
        string runId = Assert.Single(await store.ListRunsAsync()).RunId;
        RunReport report = RunReport.Build(await RunResults.LoadAsync(store, runId));
        Dictionary<string, ResponseSummary> vendor = report.Results.Responses.Where(r => r.ProviderId == "vendor").ToDictionary(r => r.ItemId);

        Assert.Equal(4, vendor.Count);
        Assert.Equal(
            (ResponseStatus.Ok, "平日8時30分から受け付けています。", 120L, 45L, 1500.0, 1500.0, TokenSource.Reported),
            (vendor["q001"].Status, report.Results.Answer(vendor["q001"]), vendor["q001"].InputTokens, vendor["q001"].OutputTokens, vendor["q001"].LatencyMs, vendor["q001"].TotalMs, vendor["q001"].TokenSource));
        Assert.Equal((ResponseStatus.Ok, "印鑑だけで登録できます。", null, null), (vendor["q002"].Status, report.Results.Answer(vendor["q002"]), vendor["q002"].LatencyMs, vendor["q002"].TotalMs));
        Assert.Equal(ResponseStatus.Withheld, vendor["q004"].Status);
        Assert.Contains("hidden の項目は、回答ファイルの提供先には送りません", vendor["q004"].Error, StringComparison.Ordinal);
        Assert.Equal(ResponseStatus.Ok, report.Results.Responses.Single(r => r is { ProviderId: "base", ItemId: "q004" }).Status);

        ProviderSummary summary = report.Summary.Providers.Single(p => p.ProviderId == "vendor");
        Assert.Equal((2, 3), (summary.Accuracy.Successes, summary.Accuracy.N));
        Assert.Equal((0, 1, 4, 4), (summary.Failed, summary.Withheld, summary.Stored, summary.Planned));
        Assert.Equal((310.0 / 3, 25.0), (summary.MeanInputTokens, summary.MeanOutputTokens));
        Assert.Equal((1500.0, 1500.0), (summary.LatencyP50Ms, summary.LatencyP95Ms));
    }

    [Fact]
    public async Task A_file_that_leaves_a_public_item_unanswered_is_refused_before_anything_is_written()
    {
        string answers = folder.Write("answers.jsonl", """
            {"id": "q001", "answer": "平日8時30分から受け付けています。"}
            """);
        string plan = MiniScenario.Write(folder, 3, MiniScenario.RetrievalProvider("base") + Vendor);

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", db, "--out", folder.File("out"));

        Assert.True(cli.ExitCode == 2, cli.Output + cli.Error);
        Assert.Contains($"{answers}:0: id: 提供先 vendor に送る公開項目のうち 2 問に回答がありません（q002、q003）", cli.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public async Task A_bad_answers_file_stops_the_run_with_every_fault_and_its_line()
    {
        string answers = folder.Write("answers.jsonl", """
            {"id": "q001", "answer": "8時30分からです。"}
            {"id": "q001", "answer": "9時からです。"}
            {"id": "q999", "answer": "300円です。", "latency_ms": -5}
            {"id": "q002"}
            """);
        string plan = MiniScenario.Write(folder, 3, MiniScenario.RetrievalProvider("base") + Vendor);

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", db, "--out", folder.File("out"));

        Assert.True(cli.ExitCode == 2, cli.Output + cli.Error);
        Assert.Contains($"{answers}:2: id: id「q001」が重複しています（最初は 1 行目）", cli.Error, StringComparison.Ordinal);
        Assert.Contains($"{answers}:3: latency_ms: latency_ms は 0 以上の数値（ミリ秒）で書いてください（指定値: -5）", cli.Error, StringComparison.Ordinal);
        Assert.Contains($"{answers}:4: answer: answer は必須です", cli.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public async Task An_answer_to_an_item_not_in_the_test_set_is_named_with_its_line()
    {
        string answers = folder.Write("answers.jsonl", """
            {"id": "q001", "answer": "8時30分からです。"}
            {"id": "q999", "answer": "300円です。"}
            """);
        string plan = MiniScenario.Write(folder, 3, MiniScenario.RetrievalProvider("base") + Vendor);

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", db, "--out", folder.File("out"));

        Assert.True(cli.ExitCode == 2, cli.Output + cli.Error);
        Assert.Contains($"{answers}:2: id: id「q999」はテストセットにもプローブにもありません", cli.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public async Task The_plan_names_a_missing_answers_file_or_gives_one_to_another_adapter_with_its_line()
    {
        string plan = MiniScenario.Write(folder, 3, MiniScenario.RetrievalProvider("base", "    answers: answers.jsonl") + "\n" + Vendor);

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", db);

        Assert.True(cli.ExitCode == 2, cli.Output + cli.Error);
        Assert.Contains($"{plan}:11: providers[0].answers: answers（回答ファイル）は adapter: answers の提供先にだけ書けます", cli.Error, StringComparison.Ordinal);
        Assert.Contains($"{plan}:16: providers[1].answers: 回答ファイルが見つかりません: {folder.File("answers.jsonl")}", cli.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }
}
