namespace GaiEval.Tests.Cli;

using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Core.Running;
using GaiEval.Core.Scoring;
using GaiEval.Core.TestSets;
using GaiEval.Providers;
using GaiEval.Providers.Knowledge;
using GaiEval.Storage;
using GaiEval.Tests.Storage;
using GaiEval.Tests.Support;

/// <summary>
/// The run record through the real command: a run whose calls finished but whose scores were never saved, a run stopped by
/// an unexpected error, and a knowledge folder edited between the run and its scoring.
/// </summary>
public sealed class RunRecordTests : IDisposable
{
    private const int Items = 6;

    /// <summary>The offline baseline answering with the best chunk whatever its relevance, so that its answers quote the passage.</summary>
    private const string Baseline = """
          - id: base
            name: 検索ベースライン
            method: baseline
            adapter: builtin-retrieval
            retrieval: { chunking: headings, top_k: 1, min_score: 0 }
            clearance: confidential
            candidate: true

        """;

    private const string Criteria = """
        criteria:
          - { metric: accuracy, op: ">=", value: 0.5, required: true, why: 試験用の基準 }

        """;

    private readonly TempFolder folder = new();
    private readonly string plan;
    private readonly string db;

    public RunRecordTests()
    {
        plan = MiniScenario.Write(folder, Items, Baseline + Criteria);
        db = folder.File("results.db");
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_run_whose_scores_were_never_saved_is_listed_as_unscored_and_resume_finishes_it_without_calling_anyone()
    {
        string runId = await CallsOnlyAsync();

        using CliProcess runs = await CliProcess.RunAsync(folder.Path, "runs", "--db", db);
        using CliProcess resumed = await CliProcess.RunAsync(folder.Path, "run", "--resume", runId, "--db", db, "--out", folder.File("out"));

        Assert.True(runs.ExitCode == 0, runs.Output + runs.Error);
        string row = Assert.Single(runs.Output.Split('\n'), line => line.StartsWith(runId, StringComparison.Ordinal));
        Assert.Contains("採点未完了", row, StringComparison.Ordinal);
        Assert.Contains($"gaieval run --resume {runId}", row, StringComparison.Ordinal);
        Assert.True(resumed.ExitCode == 0, resumed.Output + resumed.Error);
        Assert.Contains("採点が未完了でした", resumed.Error, StringComparison.Ordinal);
        Assert.Contains("呼び出しはすべて保存済みです", resumed.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder.File("out"), runId, "summary.md")));
        (RunInfo run, IReadOnlyList<ResponseRecord> responses, IReadOnlyList<ScoreRecord> scores) = await ReadAsync(runId);
        Assert.Equal(RunStatus.Scored, run.Status);
        Assert.Equal(Items, responses.Count);
        Assert.Equal(Items, scores.Count(s => s.Metric == MetricNames.Correct));
        Assert.All(responses, r => Assert.Equal(1, r.Attempts)); // the stored calls, none made again

        using CliProcess listed = await CliProcess.RunAsync(folder.Path, "runs", "--db", db);
        Assert.Contains("完了", Assert.Single(listed.Output.Split('\n'), line => line.StartsWith(runId, StringComparison.Ordinal)));
        Assert.DoesNotContain("採点未完了", listed.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_finishes_the_scoring_of_an_unscored_run_before_it_writes()
    {
        string runId = await CallsOnlyAsync();

        using CliProcess report = await CliProcess.RunAsync(folder.Path, "report", runId, "--db", db, "--out", folder.File("out"));

        Assert.True(report.ExitCode == 0, report.Output + report.Error);
        Assert.Contains("採点が未完了でした", report.Error, StringComparison.Ordinal);
        (RunInfo run, _, IReadOnlyList<ScoreRecord> scores) = await ReadAsync(runId);
        Assert.Equal(RunStatus.Scored, run.Status);
        Assert.Equal(Items, scores.Count(s => s.Metric == MetricNames.Correct));
        string summary = await File.ReadAllTextAsync(Path.Combine(folder.File("out"), runId, "summary.md"));
        Assert.Contains("| base |", summary, StringComparison.Ordinal);
        Assert.Contains("状態: 完了", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gate_finishes_the_scoring_of_an_unscored_run_before_it_judges()
    {
        string runId = await CallsOnlyAsync();

        using CliProcess gate = await CliProcess.RunAsync(folder.Path, "gate", runId, "--db", db);

        Assert.True(gate.ExitCode == 0, gate.Output + gate.Error);
        Assert.Contains("採点が未完了でした", gate.Error, StringComparison.Ordinal);
        Assert.Contains("GO", gate.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("NOT MEASURED", gate.Output, StringComparison.Ordinal);
        (RunInfo run, _, IReadOnlyList<ScoreRecord> scores) = await ReadAsync(runId);
        Assert.Equal(RunStatus.Scored, run.Status);
        Assert.Equal(Items, scores.Count(s => s.Metric == MetricNames.Correct));
    }

    [Fact]
    public async Task A_run_stopped_by_an_unexpected_error_is_failed_with_its_message_and_resumes()
    {
        // A storage fault on one call, as a full disk or a broken file would give: the insert of q004's answer aborts.
        await using (await SqliteResultStore.OpenAsync(db))
        {
        }

        await RawDatabase.ExecuteAsync(db, """
            CREATE TABLE test_fault (item_id TEXT NOT NULL);
            INSERT INTO test_fault VALUES ('q004');
            CREATE TRIGGER test_fault_on_insert BEFORE INSERT ON responses
            WHEN NEW.item_id IN (SELECT item_id FROM test_fault)
            BEGIN SELECT RAISE(ABORT, '試験用の書き込み障害'); END;
            """);

        using CliProcess run = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", db, "--out", folder.File("out"));

        Assert.True(run.ExitCode == 70, run.Output + run.Error);
        string runId = (await ListAsync()).Single().RunId;
        string line = Assert.Single(run.Error.Split('\n'), l => l.Contains("予期しないエラー", StringComparison.Ordinal));
        Assert.Contains("試験用の書き込み障害", line, StringComparison.Ordinal);
        Assert.Contains($"gaieval run --resume {runId}", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal); // one line, no stack trace
        (RunInfo failed, IReadOnlyList<ResponseRecord> before, _) = await ReadAsync(runId);
        Assert.Equal(RunStatus.Failed, failed.Status);
        Assert.Contains("試験用の書き込み障害", failed.Failure, StringComparison.Ordinal);
        Assert.DoesNotContain(before, r => r.ItemId == "q004");

        using CliProcess runs = await CliProcess.RunAsync(folder.Path, "runs", "--db", db);
        string row = Assert.Single(runs.Output.Split('\n'), l => l.StartsWith(runId, StringComparison.Ordinal));
        Assert.Contains("失敗（再開可能）", row, StringComparison.Ordinal);
        Assert.Contains("試験用の書き込み障害", row, StringComparison.Ordinal);

        await RawDatabase.ExecuteAsync(db, "DELETE FROM test_fault");
        using CliProcess resumed = await CliProcess.RunAsync(folder.Path, "run", "--resume", runId, "--db", db, "--out", folder.File("out"));

        Assert.True(resumed.ExitCode == 0, resumed.Output + resumed.Error);
        (RunInfo done, IReadOnlyList<ResponseRecord> after, IReadOnlyList<ScoreRecord> scores) = await ReadAsync(runId);
        Assert.Equal((RunStatus.Scored, (string?)null), (done.Status, done.Failure));
        Assert.Equal(Items, after.Count);
        Assert.All(before, r => Assert.Equal(r.FinishedAt, after.Single(a => a.Key == r.Key).FinishedAt));
        Assert.Equal(Items, scores.Count(s => s.Metric == MetricNames.Correct));
    }

    [Fact]
    public async Task A_knowledge_edit_after_the_run_is_reported_and_score_uses_the_passages_the_run_stored()
    {
        string runId = await RunAsync();
        string knowledgeFile = folder.File("knowledge", "madoguchi.md");
        await File.WriteAllTextAsync(knowledgeFile, (await File.ReadAllTextAsync(knowledgeFile)).Replace("1通300円", "1通450円", StringComparison.Ordinal));

        using CliProcess score = await CliProcess.RunAsync(folder.Path, "score", runId, "--db", db, "--out", folder.File("out"));

        Assert.True(score.ExitCode == 0, score.Output + score.Error);
        string notice = Assert.Single(score.Error.Split('\n'), l => l.Contains("実行時と異なります", StringComparison.Ordinal));
        Assert.Contains(folder.File("knowledge"), notice, StringComparison.Ordinal);
        (RunInfo run, IReadOnlyList<ResponseRecord> responses, IReadOnlyList<ScoreRecord> scores) = await ReadAsync(runId);
        Assert.Equal(64, run.KnowledgeHash!.Length);
        ResponseRecord[] feeAnswers = [.. responses.Where(r => r.Text!.Contains("300円", StringComparison.Ordinal))];
        Assert.Equal(Items / 3, feeAnswers.Length);
        Assert.All(feeAnswers, r => Assert.Contains("1通300円", Assert.Single(r.RetrievedTexts!), StringComparison.Ordinal));

        // Checked against the stored passage (300円) the fee is supported; against today's folder (450円) it would not be.
        Assert.All(feeAnswers, r => Assert.Equal(0, UnsupportedFacts(scores, r)));
        foreach (string written in new[] { "summary.md", "decision.md" })
        {
            Assert.Contains("の内容が実行時と異なります", await File.ReadAllTextAsync(Path.Combine(folder.File("out"), runId, written)), StringComparison.Ordinal);
        }

        using CliProcess report = await CliProcess.RunAsync(folder.Path, "report", runId, "--db", db, "--out", folder.File("out"), "--format", "html");
        Assert.True(report.ExitCode == 0, report.Output + report.Error);
        Assert.Contains("実行時と異なります", report.Error, StringComparison.Ordinal);
        string html = await File.ReadAllTextAsync(Path.Combine(folder.File("out"), runId, "report.html"));
        Assert.Contains("ナレッジの変更</dt><dd>変更あり", html, StringComparison.Ordinal);
        Assert.Contains(run.KnowledgeHash, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_stored_without_passage_texts_is_scored_from_the_folder_only_with_a_notice()
    {
        string runId = await RunAsync();
        await RawDatabase.ExecuteAsync(db, "UPDATE responses SET retrieved_texts = NULL; UPDATE runs SET knowledge_hash = NULL");
        string knowledgeFile = folder.File("knowledge", "madoguchi.md");
        await File.WriteAllTextAsync(knowledgeFile, (await File.ReadAllTextAsync(knowledgeFile)).Replace("1通300円", "1通450円", StringComparison.Ordinal));

        using CliProcess score = await CliProcess.RunAsync(folder.Path, "score", runId, "--db", db, "--out", folder.File("out"));

        Assert.True(score.ExitCode == 0, score.Output + score.Error);
        string notice = Assert.Single(score.Error.Split('\n'), l => l.Contains("資料を復元して", StringComparison.Ordinal));
        Assert.Contains(folder.File("knowledge"), notice, StringComparison.Ordinal);
        Assert.Contains($"回答 {Items}件", notice, StringComparison.Ordinal);
        Assert.Contains("確かめられません", notice, StringComparison.Ordinal);
        (_, IReadOnlyList<ResponseRecord> responses, IReadOnlyList<ScoreRecord> scores) = await ReadAsync(runId);
        ResponseRecord[] feeAnswers = [.. responses.Where(r => r.Text!.Contains("300円", StringComparison.Ordinal))];
        Assert.NotEmpty(feeAnswers);
        Assert.All(feeAnswers, r => Assert.True(UnsupportedFacts(scores, r) >= 1, "rebuilt from today's folder, 300円 is not in it"));
    }

    [Fact]
    public async Task Resume_refuses_to_make_new_calls_with_a_changed_knowledge_folder()
    {
        string runId = await CallsOnlyAsync();
        await RawDatabase.ExecuteAsync(db, "UPDATE runs SET status = 'interrupted'; DELETE FROM responses WHERE item_id = 'q006'");
        string knowledgeFile = folder.File("knowledge", "madoguchi.md");
        await File.AppendAllTextAsync(knowledgeFile, "\n### 郵送\n郵送でも請求できます。\n");

        using CliProcess resumed = await CliProcess.RunAsync(folder.Path, "run", "--resume", runId, "--db", db, "--out", folder.File("out"));

        Assert.True(resumed.ExitCode == 2, resumed.Output + resumed.Error);
        Assert.Contains("ナレッジの内容が実行開始時と異なるため再開していません", resumed.Error, StringComparison.Ordinal);
        Assert.Contains($"gaieval score {runId}", resumed.Error, StringComparison.Ordinal);
        (RunInfo run, IReadOnlyList<ResponseRecord> responses, _) = await ReadAsync(runId);
        Assert.Equal((RunStatus.Interrupted, Items - 1), (run.Status, responses.Count));
    }

    /// <summary>A run whose calls are all committed and whose scores are not: what a kill right after the last call leaves.</summary>
    private async Task<string> CallsOnlyAsync()
    {
        EvalPlan evalPlan = PlanLoader.Load(plan);
        KnowledgeBase knowledge = KnowledgeBaseLoader.Load(evalPlan.Knowledge!);
        TestSet testSet = TestSetLoader.Load(evalPlan.TestSet, evalPlan.Knowledge);
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(db);
        var runner = new EvalRunner(store, new ChatClientFactory(knowledge));
        RunInfo run = await runner.CreateRunAsync(evalPlan, testSet, knowledge.ContentHash);
        RunOutcome outcome = await runner.ExecuteAsync(run, evalPlan, testSet.Items);
        Assert.Equal(Items, outcome.Calls);
        await foreach (ScoreRecord _ in store.ReadScoresAsync(run.RunId))
        {
            Assert.Fail("the run must have no scores");
        }

        Assert.Equal(RunStatus.CallsComplete, (await store.FindRunAsync(run.RunId))!.Status);
        return run.RunId;
    }

    private async Task<string> RunAsync()
    {
        using CliProcess run = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", db, "--out", folder.File("out"));
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        return (await ListAsync()).Single().RunId;
    }

    private async Task<IReadOnlyList<RunInfo>> ListAsync()
    {
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(db);
        return await store.ListRunsAsync();
    }

    private async Task<(RunInfo Run, IReadOnlyList<ResponseRecord> Responses, IReadOnlyList<ScoreRecord> Scores)> ReadAsync(string runId)
    {
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(db);
        List<ResponseRecord> responses = [];
        await foreach (ResponseRecord response in store.ReadResponsesAsync(runId))
        {
            responses.Add(response);
        }

        List<ScoreRecord> scores = [];
        await foreach (ScoreRecord score in store.ReadScoresAsync(runId))
        {
            scores.Add(score);
        }

        return ((await store.FindRunAsync(runId))!, responses, scores);
    }

    private static double? UnsupportedFacts(IReadOnlyList<ScoreRecord> scores, ResponseRecord response) =>
        scores.Single(s => s.Key == response.Key && s.Metric == MetricNames.UnsupportedFacts).Value;
}
