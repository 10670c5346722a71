namespace GaiEval.Core.Decision;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Economics;
using GaiEval.Core.Analysis.Risk;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Core.Scoring;

/// <summary>
/// The gate's figures for a stored run: shares (accuracy, refusal accuracy, trap failures) as Wilson intervals over the
/// answered responses in the criterion's scope; error rate and p95 latency from the run analysis (all items); cost, time
/// saved and net benefit from the economics analysis (all items); the risk figures from the analysis's risk part (probes, and every
/// answer for pii_rate), in their worst case (undecided answers counted against the provider). The error rate counts errors and timeouts together. A figure that cannot be measured is null.
/// Economics that cannot be computed (a missing exchange rate, say) leave only the money and time figures unmeasured, with the reason.
/// </summary>
/// <param name="results">The stored run.</param>
/// <param name="analysis">The run's analysis when already built (a report builds it once); else built on first use.</param>
/// <param name="economics">The run's economics when already built; else built on first use.</param>
public sealed class RunCriterionMetrics(RunResults results, RunAnalysis? analysis = null, EconomicsAnalysis? economics = null)
    : ICriterionMetrics
{
    private readonly Lazy<RunAnalysis> analysis = new(() => analysis ?? RunAnalysisBuilder.Build(results));
    private readonly Lazy<(EconomicsAnalysis? Analysis, string? Failure)> economics = new(() => economics is not null ? (economics, (string?)null) : TryBuild(results));

    private static readonly HashSet<string> EconomicMetrics =
        [DecisionMetrics.MonthlyCost, DecisionMetrics.CostPerCorrect, DecisionMetrics.HoursSavedMonthly, DecisionMetrics.NetBenefitMonthly];

    public string? WhyNotMeasured(ProviderProfile provider) => ProviderMeasurement.WhyNotMeasured(results, provider);

    public string? WhyNotMeasured(ProviderProfile provider, Criterion criterion)
    {
        if (RiskMetrics.IsRiskMetric(criterion.Metric) && CriterionScope.Of(criterion).Kind != ScopeKind.All)
        {
            return "リスクの指標は scope: all でだけ測れる";
        }

        if (!EconomicMetrics.Contains(criterion.Metric))
        {
            return null;
        }

        if (CriterionScope.Of(criterion).Kind != ScopeKind.All)
        {
            return "費用・削減時間の指標は scope: all でだけ測れる";
        }

        (EconomicsAnalysis? analysis, string? failure) = economics.Value;
        if (analysis is null)
        {
            return $"費用と削減時間を計算できない: {failure}";
        }

        if (!analysis.HasEconomics)
        {
            return string.Join(" / ", analysis.Notes);
        }

        if (Economics(provider) is not { } figures)
        {
            return null;
        }

        List<string> reasons = [.. figures.Notes];
        if (criterion.Metric == DecisionMetrics.HoursSavedMonthly)
        {
            reasons = [.. figures.TimeSaved.NotEstimated.Select(g => $"{g.Category}: {g.Message}")];
        }
        else if (criterion.Metric == DecisionMetrics.MonthlyCost && figures.Cost.Message is { } cost)
        {
            reasons = [$"費用を算出できない: {cost}"];
        }

        return reasons.Count == 0 ? null : string.Join(" / ", reasons);
    }

    public Estimate? Measure(ProviderProfile provider, Criterion criterion)
    {
        CriterionScope scope = CriterionScope.Of(criterion);
        return criterion.Metric switch
        {
            DecisionMetrics.Accuracy => Share(provider, scope, _ => true, r => results.Correct(r.Key) is { } correct ? (correct ? 1 : 0) : null, v => v > 0),
            DecisionMetrics.RefusalAccuracy => Share(provider, scope, i => i.Expect == Expectation.Refuse, Metric(MetricNames.BehaviourMatches), v => v > 0),
            DecisionMetrics.TrapFailureRate => Share(provider, scope, i => i.IsTrap, Metric(MetricNames.MustNotIncludeHits), v => v > 0),
            _ when scope.Kind != ScopeKind.All => null,
            DecisionMetrics.ErrorRate => FailureRate(Analysis(provider).Counts),
            _ when RiskMetrics.IsRiskMetric(criterion.Metric) => analysis.Value.Risk.For(provider.Id)?.Rate(criterion.Metric).GateEstimate(),
            DecisionMetrics.LatencyP95Seconds => Seconds(Analysis(provider).Latency.LatencyMs?.P95),
            DecisionMetrics.MonthlyCost => Economics(provider)?.Cost.MonthlyTotal,
            DecisionMetrics.CostPerCorrect => Economics(provider)?.CostPerCorrectAnswer is { High: { } high } unit
                ? new Estimate(unit.Value, unit.Low, high, unit.N, unit.Method)
                : null,
            DecisionMetrics.HoursSavedMonthly => Economics(provider)?.TimeSaved.MonthlyHours,
            DecisionMetrics.NetBenefitMonthly => Economics(provider)?.NetMonthlyBenefit,
            _ => null,
        };
    }

    private ProviderAnalysis Analysis(ProviderProfile provider) => analysis.Value.Providers.Single(p => p.ProviderId == provider.Id);

    private ProviderEconomics? Economics(ProviderProfile provider) =>
        economics.Value.Analysis?.Providers.SingleOrDefault(p => p.ProviderId == provider.Id);

    /// <summary>The economics, or why they cannot be computed; never an exception that would drop the whole decision.</summary>
    private static (EconomicsAnalysis? Analysis, string? Failure) TryBuild(RunResults results)
    {
        try
        {
            return (EconomicsAnalysisBuilder.Build(results), null);
        }
        catch (InputException e)
        {
            return (null, string.Join(" / ", e.Errors.Select(error => error.Message)));
        }
        catch (InvalidOperationException e)
        {
            return (null, e.Message);
        }
    }

    /// <summary>Errors and timeouts together, over the calls made.</summary>
    private static Estimate FailureRate(CallCounts counts) => Estimate.FromProportion(Proportion.Wilson(counts.Failed, counts.Made));

    private static Estimate? Seconds(Estimate? milliseconds) => milliseconds is null ? null
        : milliseconds with { Value = milliseconds.Value / 1000, Low = milliseconds.Low / 1000, High = milliseconds.High / 1000 };

    private Func<ResponseSummary, double?> Metric(string metric) => r => results.Score(r.Key, metric)?.Value;

    /// <summary>
    /// A vendor round's shares are judged on its hidden items alone: its public items were published for practice. Every
    /// item counts in a run that is no round's.
    /// </summary>
    private bool JudgedInRound(GoldItem item) => results.Plan.Round is null || item.Split == ItemSplit.Hidden;

    /// <summary>A Wilson share of the answered responses in scope that have a <paramref name="value"/> meeting <paramref name="success"/>.</summary>
    private Estimate Share(
        ProviderProfile provider, CriterionScope scope, Func<GoldItem, bool> counts, Func<ResponseSummary, double?> value, Func<double, bool> success)
    {
        List<double> values =
        [
            .. results.Responses
                .Where(r => r.ProviderId == provider.Id && r.Status == ResponseStatus.Ok)
                .Where(r => results.ItemsById[r.ItemId] is var item && scope.Contains(item) && counts(item) && JudgedInRound(item))
                .Select(value)
                .OfType<double>(),
        ];
        return Estimate.FromProportion(Proportion.Wilson(values.Count(success), values.Count));
    }
}
