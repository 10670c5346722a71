namespace GaiEval.Tests.Kpi.Wire;

using GaiEval.Cli;
using GaiEval.Core.Decision;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Tests.Storage;
using GaiEval.Tests.Support;

/// <summary>
/// <c>gaieval gate</c> through the real CLI on a stored run whose plan names KPI files: a KPI criterion is judged from
/// real use for kpi.provider only (active share 3/8 = 0.375, a census), and is NOT MEASURED for any other provider.
/// </summary>
public sealed class KpiGateCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [SkippableTheory]
    [InlineData(0.3, ExitCodes.Done, "候補 1 件すべて GO: platform")]
    [InlineData(0.5, ExitCodes.NoGo, "NO-GO の候補があります: platform")]
    public async Task A_kpi_criterion_is_judged_for_the_kpi_provider_and_not_measured_for_another(double threshold, int exitCode, string conclusion)
    {
        Skip.If(DecisionMetrics.Find(KpiMetrics.ActiveShare) is null, "the KPI metrics join the criteria vocabulary on branch kpi-gate; this test runs once both are merged");
        string database = await StoreRunAsync(threshold);

        using CliProcess gate = await CliProcess.RunAsync(folder.Path, "gate", StoredRun.RunId, "--db", database);

        Assert.True(gate.ExitCode == exitCode, gate.Output + gate.Error);
        Assert.Contains(conclusion, gate.Output, StringComparison.Ordinal);
        Assert.Contains("0.375", gate.Output, StringComparison.Ordinal);
        Assert.Contains("実利用データは platform のもので、この提供先のものではない", gate.Output, StringComparison.Ordinal);
        Assert.Contains("KPI: usage-log.csv を取り込みました（5件", gate.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(KpiPlanFiles.RawStaffKey, gate.Output + gate.Error, StringComparison.Ordinal);
        Assert.Equal(3L, await RawDatabase.ScalarAsync<long>(database, "SELECT count(*) FROM kpi_imports"));
    }

    /// <summary>A run of two providers (platform a candidate, other a reference), both answering two items correctly.</summary>
    private async Task<string> StoreRunAsync(double threshold)
    {
        ProviderProfile other = StoredRun.Provider("other");
        EvalPlan plan = KpiPlanFiles.Plan(KpiPlanFiles.Settings(folder), KpiPlanFiles.Platform(), other) with
        {
            Criteria = [new Criterion { Metric = KpiMetrics.ActiveShare, Op = ">=", Value = threshold, Why = "対象職員の利用" }],
        };
        GoldItem[] items = [StoredRun.Item("q1"), StoredRun.Item("q2")];
        await using StoredRun run = await StoredRun.CreateAsync(folder, items, plan);
        foreach (string provider in new[] { KpiPlanFiles.PlatformId, other.Id })
        {
            run.Answer("q1", provider, "回答", correct: true, latencyMs: 100).Answer("q2", provider, "回答", correct: true, latencyMs: 100);
        }

        await run.SaveAsync();
        return folder.File("stored.db");
    }
}
