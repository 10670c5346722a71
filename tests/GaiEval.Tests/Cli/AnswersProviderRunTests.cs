namespace GaiEval.Tests.Cli;

using GaiEval.Core.Analysis;
using GaiEval.Core.Reporting;
using GaiEval.Core.Results;
using GaiEval.Storage;
using GaiEval.Tests.Support;

/// <summary>
/// A vendor's answers file run with gaieval run beside the retrieval baseline: stored, measured and scored like any
/// provider's answers; an item it does not answer is a failed call; a bad file stops the run before anything is written.
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
    public async Task The_files_answers_are_stored_with_their_tokens_and_latency_none_made_up_scored_and_a_missing_one_is_a_failed_call()
    {
        folder.Write("answers.jsonl", """
            {"id": "q001", "answer": "平日8時30分から受け付けています。", "input_tokens": 120, "output_tokens": 45, "latency_ms": 1500}
            {"id": "q002", "answer": "印鑑だけで登録できます。", "input_tokens": 100, "output_tokens": 20}
            """);
        string plan = MiniScenario.Write(folder, 3, MiniScenario.RetrievalProvider("base") + Vendor);

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", db, "--out", folder.File("out"));

        Assert.True(cli.ExitCode == 4, cli.Output + cli.Error);
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(db);
        string runId = Assert.Single(await store.ListRunsAsync()).RunId;
        RunReport report = RunReport.Build(await RunResults.LoadAsync(store, runId));
        Dictionary<string, ResponseRecord> vendor = report.Results.Responses.Where(r => r.ProviderId == "vendor").ToDictionary(r => r.ItemId);

        Assert.Equal(3, vendor.Count);
        Assert.Equal(
            (ResponseStatus.Ok, "平日8時30分から受け付けています。", 120L, 45L, 1500.0, TokenSource.Reported),
            (vendor["q001"].Status, vendor["q001"].Text, vendor["q001"].InputTokens, vendor["q001"].OutputTokens, vendor["q001"].LatencyMs, vendor["q001"].TokenSource));
        Assert.Equal((ResponseStatus.Ok, "印鑑だけで登録できます。", null), (vendor["q002"].Status, vendor["q002"].Text, vendor["q002"].LatencyMs));
        Assert.Equal(ResponseStatus.Error, vendor["q003"].Status);
        Assert.Null(vendor["q003"].Text);
        Assert.Contains($"回答ファイル {folder.File("answers.jsonl")} に項目「q003」の回答がありません", vendor["q003"].Error, StringComparison.Ordinal);

        ProviderSummary summary = report.Summary.Providers.Single(p => p.ProviderId == "vendor");
        Assert.Equal((1, 2), (summary.Accuracy.Successes, summary.Accuracy.N));
        Assert.Equal((1, 3, 3), (summary.Failed, summary.Stored, summary.Planned));
        Assert.Equal((110.0, 32.5), (summary.MeanInputTokens, summary.MeanOutputTokens));
        Assert.Equal((1500.0, 1500.0), (summary.LatencyP50Ms, summary.LatencyP95Ms));
        Assert.Equal(0, report.Summary.Providers.Single(p => p.ProviderId == "base").Failed);
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
