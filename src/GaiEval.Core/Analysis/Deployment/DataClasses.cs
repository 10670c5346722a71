namespace GaiEval.Core.Analysis.Deployment;

using GaiEval.Core.Analysis.Economics;
using GaiEval.Core.Decision;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;

/// <summary>
/// The data classes of a run's test set (each sensitivity over every use, then each sensitivity and use it has) and the
/// inputs the <see cref="RecommendationRule"/> needs for each under a cost scenario.
/// </summary>
internal sealed class DataClasses(
    RunResults results, IReadOnlyList<ProviderCalls> candidates, IReadOnlyDictionary<string, CandidateCostLine?> lines, EconomicsAnalysis? economics, GateDecision? decision)
{
    public IReadOnlyList<DataClass> All { get; } =
    [
        .. results.Items.Select(i => i.Sensitivity).Distinct().Order().SelectMany(s => (IEnumerable<DataClass>)
        [
            new DataClass(s, null),
            .. ItemUses.All.Concat(results.Items.Select(i => i.Use)).Distinct()
                .Where(use => results.Items.Any(i => i.Sensitivity == s && i.Use == use))
                .Select(use => new DataClass(s, use)),
        ]),
    ];

    public DataClassRecommendation Decide(DataClass dataClass, CostScenario scenario)
    {
        List<RecommendationRule.Input> inputs = [.. candidates.Select(c =>
        {
            bool mayHandle = ClearancePolicy.MayReceive(c.Provider, dataClass.Sensitivity);
            Estimate accuracy = mayHandle ? c.AccuracyOf(c.Answered.Where(r => dataClass.Contains(c.ItemOf(r)))) : ProviderCalls.Share(0, 0);
            return new RecommendationRule.Input(c.Provider.Id, c.Provider.Name, mayHandle, accuracy, lines[c.Provider.Id], FailsRequiredCriterion(c.Provider.Id, dataClass));
        })];
        double? classVolume = results.Plan.Economics?.MonthlyVolumeBySensitivity is { } volumes && volumes.TryGetValue(dataClass.Sensitivity, out double v) ? v : null;
        double? volume = economics is { HasEconomics: true } ? (classVolume ?? economics.MonthlyVolume) * scenario.VolumeFactor : null;
        return RecommendationRule.Decide(
            dataClass,
            results.Items.Count(dataClass.Contains),
            inputs,
            Threshold(dataClass),
            volume,
            classVolume is not null,
            scenario.ExchangeFactor,
            economics?.Currency);
    }

    /// <summary>
    /// Whether a required criterion the gate judged FAIL covers the class: one over everything or over a category (業務分野
    /// cut across the classes, so it counts everywhere), or over the class's use (every use, for a class of all uses).
    /// </summary>
    private bool FailsRequiredCriterion(string providerId, DataClass dataClass) =>
        decision?.Providers.SingleOrDefault(v => v.Provider.Id == providerId) is { } verdict
        && verdict.Criteria.Any(c => c.Criterion.Required && c.Outcome == CriterionOutcome.Fail
            && (!c.Criterion.Scope.StartsWith("use:", StringComparison.Ordinal) || dataClass.Use is null || c.Criterion.Scope == $"use:{dataClass.Use}"));

    /// <summary>The plan's required accuracy criterion (≥ or &gt;) for the class's use, else for everything; null when none.</summary>
    private double? Threshold(DataClass dataClass)
    {
        List<Criterion> accuracy = [.. results.Plan.Criteria.Where(c => c.Required && c.Metric == DecisionMetrics.Accuracy && c.Op is ">=" or ">")];
        Criterion? criterion = accuracy.FirstOrDefault(c => dataClass.Use is not null && c.Scope == $"use:{dataClass.Use}")
            ?? accuracy.FirstOrDefault(c => c.Scope == "all");
        return criterion?.Value;
    }
}
