namespace GaiEval.Tests.Integration;

using GaiEval.Core.Analysis;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Core.Running;
using GaiEval.Core.Scoring;
using GaiEval.Providers;
using GaiEval.Providers.Knowledge;
using GaiEval.Scoring;
using GaiEval.Storage;

/// <summary>Runs a plan in-process through the real pipeline (factory, middleware, adapter) into a real SQLite file, then scores it.</summary>
internal static class ProviderRun
{
    public static string SampleFolder { get; } = Path.Combine(Support.RepositoryPaths.Root(), "testsets", "sample-ward");

    public static TestSet SampleSet() =>
        GaiEval.Core.TestSets.TestSetLoader.Load(Path.Combine(SampleFolder, "items.jsonl"), Path.Combine(SampleFolder, "knowledge"));

    public static KnowledgeBase SampleKnowledge() => KnowledgeBaseLoader.Load(Path.Combine(SampleFolder, "knowledge"));

    public static ProviderProfile OpenAi(Uri endpoint, string id = "cloud") => new()
    {
        Id = id,
        Name = "クラウド（テスト用サーバー）",
        Method = DeploymentMethod.Cloud,
        Adapter = AdapterNames.OpenAi,
        Endpoint = endpoint.ToString(),
        Model = "gpt-test",
        Clearance = Sensitivity.Confidential,
        Limits = new ProviderLimits { Concurrency = 16, TimeoutS = 30, Retries = 1 },
    };

    public static EvalPlan Plan(TestSet set, bool cache = false, params ProviderProfile[] providers) => new()
    {
        Name = "結合テスト",
        PlanFile = Path.Combine(SampleFolder, "plan.yaml"),
        TestSet = set.Path,
        Knowledge = Path.Combine(SampleFolder, "knowledge"),
        Cache = cache,
        Providers = providers,
    };

    /// <summary>Runs, scores and returns the stored results.</summary>
    public static async Task<RunResults> RunAsync(SqliteResultStore store, EvalPlan plan, TestSet set, KnowledgeBase? knowledge)
    {
        var runner = new EvalRunner(store, new ChatClientFactory(knowledge, plan.Cache ? store : null));
        RunInfo run = await runner.CreateRunAsync(plan, set);
        RunOutcome outcome = await runner.ExecuteAsync(run, plan, set.Items);
        Assert.False(outcome.Interrupted);
        await new RunScorer(store, ScoringCatalog.Default).ScoreAsync(run.RunId);
        return await RunResults.LoadAsync(store, run.RunId);
    }
}
