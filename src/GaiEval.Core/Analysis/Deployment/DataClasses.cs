namespace GaiEval.Core.Analysis.Deployment;

using GaiEval.Core.Analysis.Economics;
using GaiEval.Core.Decision;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;

/// <summary>
/// The data classes of a run's test set (each sensitivity over every use, then each sensitivity and use it has; a
/// sensitivity with monthly volume but no item too, so that its gap shows) and the
/// inputs the <see cref="RecommendationRule"/> needs for each under a cost scenario.
/// </summary>
internal sealed class DataClasses(
    RunResults results, IReadOnlyList<ProviderCalls> candidates, IReadOnlyDictionary<string, CandidateCostLine?> lines, EconomicsAnalysis? economics, GateDecision? decision)
{
    public IReadOnlyList<DataClass> All { get; } =
    [
        .. results.Items.Select(i => i.Sensitivity)
            .Concat(results.Plan.Economics?.MonthlyVolumeBySensitivity?.Where(v => v.Value > 0).Select(v => v.Key) ?? [])
            .Distinct().Order().SelectMany(s => (IEnumerable<DataClass>)
        [
            new DataClass(s, null),
            .. ItemUses.All.Concat(results.Items.Select(i => i.Use)).Distinct()
                .Where(use => results.Items.Any(i => i.Sensitivity == s && i.Use == use))
                .Select(use => new DataClass(s, use)),
        ]),
    ];

    private readonly Dictionary<DataClass, (int Items, List<RecommendationRule.Input> Inputs)> measured = [];

    public DataClassRecommendation Decide(DataClass dataClass, CostScenario scenario)
    {
        (int items, List<RecommendationRule.Input> inputs) = Measured(dataClass);
        (double? classVolume, bool own) = Volume(dataClass.Sensitivity);
        return RecommendationRule.Decide(
            dataClass, items, inputs, Threshold(dataClass), classVolume * scenario.VolumeFactor, own, scenario.ExchangeFactor, economics?.Currency);
    }

    /// <summary>The class's item count and each candidate's inputs: the same under every cost scenario, so measured once.</summary>
    private (int Items, List<RecommendationRule.Input> Inputs) Measured(DataClass dataClass)
    {
        if (measured.TryGetValue(dataClass, out (int, List<RecommendationRule.Input>) known))
        {
            return known;
        }

        int items = results.Items.Count(dataClass.Contains);
        List<RecommendationRule.Input> inputs = [.. candidates.Select(c =>
        {
            bool mayHandle = ClearancePolicy.MayReceive(c.Provider, dataClass.Sensitivity);
            Estimate accuracy = mayHandle ? c.AccuracyOf(c.Answered.Where(r => dataClass.Contains(c.ItemOf(r)))) : ProviderCalls.Share(0, 0);
            ProviderVerdict? verdict = decision?.Providers.SingleOrDefault(v => v.Provider.Id == c.Provider.Id);
            return new RecommendationRule.Input(
                c.Provider.Id,
                c.Provider.Name,
                mayHandle,
                accuracy,
                mayHandle ? items * results.Run.Repeats : 0,
                lines[c.Provider.Id],
                verdict is not null && FailsRequiredCriterion(verdict, dataClass),
                verdict?.Outcome == OverallOutcome.NeedsMoreEvidence);
        })];
        return measured[dataClass] = (items, inputs);
    }

    /// <summary>
    /// The tasks a month a class is costed at: its sensitivity's volume when the plan gives volumes per sensitivity (none
    /// when it leaves this one out), else the plan's total; null without economics.
    /// </summary>
    private (double? Volume, bool Own) Volume(Sensitivity sensitivity)
    {
        if (economics is not { HasEconomics: true })
        {
            return (null, false);
        }

        return results.Plan.Economics?.MonthlyVolumeBySensitivity is { } volumes
            ? (volumes.TryGetValue(sensitivity, out double volume) ? volume : null, true)
            : (economics.MonthlyVolume, false);
    }

    /// <summary>
    /// Whether a required criterion the gate judged FAIL covers the class: one over everything or over a category (業務分野
    /// cut across the classes, so it counts everywhere), or over the class's use (every use, for a class of all uses).
    /// </summary>
    private static bool FailsRequiredCriterion(ProviderVerdict verdict, DataClass dataClass) =>
        verdict.Criteria.Any(c => c.Criterion.Required && c.Outcome == CriterionOutcome.Fail
            && CriterionScope.Of(c.Criterion) is var scope
            && (scope.Kind != ScopeKind.Use || dataClass.Use is null || scope.Name == dataClass.Use));

    /// <summary>The highest required accuracy criterion (≥ or &gt;) for the class's use, else for everything; null when none.</summary>
    private double? Threshold(DataClass dataClass)
    {
        List<(CriterionScope Scope, double Value)> accuracy =
        [
            .. results.Plan.Criteria
                .Where(c => c.Required && c.Metric == DecisionMetrics.Accuracy && c.Op is ">=" or ">")
                .Select(c => (CriterionScope.Of(c), c.Value)),
        ];
        List<double> forUse = [.. accuracy.Where(a => dataClass.Use is not null && a.Scope.Kind == ScopeKind.Use && a.Scope.Name == dataClass.Use).Select(a => a.Value)];
        List<double> forAll = [.. accuracy.Where(a => a.Scope.Kind == ScopeKind.All).Select(a => a.Value)];
        return forUse.Count > 0 ? forUse.Max() : forAll.Count > 0 ? forAll.Max() : null;
    }
}
