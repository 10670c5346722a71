namespace GaiEval.Tests.Reporting.Charts;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Economics;
using GaiEval.Core.Plans;
using GaiEval.Core.Reporting;
using GaiEval.Tests.Support;

/// <summary>Stored runs with two providers and two categories, and hand-made economics for the TCO chart.</summary>
internal static class ChartReports
{
    public const string Hostile = "</text><script>alert(1)</script>";

    public static async Task<RunReport> TwoProvidersAsync(TempFolder folder, string secondName = "候補Ａ（クラウド）")
    {
        var baseline = StoredRun.Provider("baseline") with { Name = "基準モデル" };
        var candidate = StoredRun.Provider("cand-a") with { Name = secondName };
        var items = new[] { "a1", "a2", "a3", "a4" }
            .Select((id, i) => StoredRun.Item(id) with { Category = i < 2 ? "住民票・戸籍" : "税・保険料" })
            .ToArray();
        StoredRun stored = await StoredRun.CreateAsync(folder, items, baseline, candidate);
        await using (stored)
        {
            foreach ((string id, int i) in items.Select((item, i) => (item.Id, i)))
            {
                stored.Answer(id, "baseline", "1通300円です。", correct: i != 3, latencyMs: 120 + (i * 40))
                    .Answer(id, "cand-a", "300円です", correct: i % 2 == 0, latencyMs: 900 + (i * 250));
            }

            return RunReport.Build(await stored.SaveAsync());
        }
    }

    /// <summary>Two priced providers: 10,000 fixed + 1 per task against 0 fixed + 3 per task, so they cost the same at 5,000 tasks.</summary>
    public static EconomicsAnalysis CrossingAt5000(RunReport report) => new()
    {
        RunId = report.Analysis.RunId,
        HasEconomics = true,
        Currency = "JPY",
        MonthlyVolume = 3000,
        Basis = default,
        Providers = [Priced(report.Analysis.Providers[0], 10_000, 1), Priced(report.Analysis.Providers[1], 0, 3)],
        BreakEvens =
        [
            new BreakEven
            {
                FirstProviderId = report.Analysis.Providers[0].ProviderId,
                SecondProviderId = report.Analysis.Providers[1].ProviderId,
                Kind = BreakEvenKind.Crosses,
                Volume = 5000,
                CheaperBelow = report.Analysis.Providers[1].ProviderId,
                CheaperAbove = report.Analysis.Providers[0].ProviderId,
                CheaperAtPlanVolume = report.Analysis.Providers[1].ProviderId,
                Explanation = "月5,000件で同額になります。",
            },
        ],
        Notes = [],
    };

    private static ProviderEconomics Priced(ProviderAnalysis provider, double fixedMonthly, double perTask) => new()
    {
        ProviderId = provider.ProviderId,
        Name = provider.Name,
        Method = DeploymentMethod.Cloud,
        Candidate = provider.Candidate,
        Accuracy = provider.Accuracy,
        TimeSaved = new TimeSaved { Basis = default, Categories = [], NotEstimated = [], CoveredVolume = 0, UncoveredVolume = 3000, UndecidedAnswers = 0, UnansweredCalls = 0 },
        Cost = new ProviderCost
        {
            Status = CostStatus.Estimated,
            MonthlyVolume = 3000,
            VariablePerTask = perTask,
            MonthlyVariable = perTask * 3000,
            Fixed = new FixedCost { MonthlyFixed = fixedMonthly, Seats = 0, SeatsMonthly = 0, LicenceMonthly = 0, ServerMonthly = 0, OperationsMonthly = 0 },
            MonthlyTotal = Estimate.Exact(fixedMonthly + (perTask * 3000), 1, "fixed + variable"),
        },
        Notes = [],
    };
}
