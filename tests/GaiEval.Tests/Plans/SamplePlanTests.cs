namespace GaiEval.Tests.Plans;

using GaiEval.Core.Plans;
using GaiEval.Tests.Support;

/// <summary>The sample plan's commented-out candidates (one per deployment method) stay valid when a user switches them on.</summary>
public sealed class SamplePlanTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Uncommenting_the_candidates_gives_a_valid_plan_with_every_deployment_method()
    {
        string sample = Path.Combine(RepositoryPaths.Root(), "testsets", "sample-ward");
        IEnumerable<string> lines = File.ReadLines(Path.Combine(sample, "plan.yaml"))
            .Select(l => l.StartsWith("  # - ", StringComparison.Ordinal) || l.StartsWith("  #   ", StringComparison.Ordinal) ? "  " + l[4..] : l)
            .Select(l => l.Replace("testset: items.jsonl", $"testset: {Path.Combine(sample, "items.jsonl")}", StringComparison.Ordinal)
                .Replace("knowledge: knowledge", $"knowledge: {Path.Combine(sample, "knowledge")}", StringComparison.Ordinal));
        string plan = folder.Write("plan.yaml", string.Join('\n', lines));

        EvalPlan loaded = PlanLoader.Load(plan);

        Assert.Equal(6, loaded.Providers.Count);
        Assert.Equal(
            [DeploymentMethod.WebService, DeploymentMethod.Platform, DeploymentMethod.Cloud, DeploymentMethod.OnPrem, DeploymentMethod.Baseline],
            loaded.Providers.Select(p => p.Method).Distinct().Order());
        Assert.All(loaded.Providers.Where(p => p.Candidate), p => Assert.NotEqual(DeploymentMethod.Baseline, p.Method));
        Assert.Equal("AZURE_OPENAI_API_KEY", loaded.Providers.Single(p => p.Id == "cloud-azure").ApiKeyEnv);
    }
}
