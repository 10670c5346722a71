namespace GaiEval.Core.Analysis.Deployment;

using GaiEval.Core.Analysis.Economics;
using GaiEval.Core.Decision;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;

/// <summary>Builds the <see cref="DeploymentComparison"/> of a run's candidates from its analysis and economics (never recomputing them).</summary>
public static class DeploymentComparisonBuilder
{
    /// <param name="decision">The gate's verdicts; a candidate is never recommended for a class a failed required criterion covers.</param>
    /// <returns>Null when the plan has no candidate (<c>candidate: true</c>).</returns>
    public static DeploymentComparison? Build(RunResults results, RunAnalysis analysis, EconomicsAnalysis? economics, GateDecision? decision = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(analysis);
        List<ProviderProfile> candidates = [.. results.Plan.Providers.Where(p => p.Candidate)];
        if (candidates.Count == 0)
        {
            return null;
        }

        List<ProviderCalls> calls = [.. candidates.Select(p => new ProviderCalls(results, p))];
        (int commonCalls, IReadOnlyList<PairedComparison> comparisons, IReadOnlyList<Estimate> commonAccuracy) =
            PairedComparisons.CompareOnCommon(calls, analysis.SignificanceLevel);
        IReadOnlyDictionary<Sensitivity, double>? workload = results.Plan.Economics?.MonthlyVolumeBySensitivity;
        Dictionary<string, CandidateCostLine?> lines = candidates.ToDictionary(p => p.Id, p => CostLine(economics, p.Id), StringComparer.Ordinal);
        List<CandidateColumn> columns = [.. candidates.Select((p, i) => Column(results, analysis, economics, p, commonAccuracy[i], workload))];
        var classes = new DataClasses(results, calls, lines, economics, decision);
        return new DeploymentComparison
        {
            Candidates = columns,
            CommonCalls = commonCalls,
            CommonComparisons = comparisons,
            Recommendations = [.. classes.All.Select(c => classes.Decide(c, CostScenario.Base))],
            CostSensitivity = new CostSensitivity
            {
                Scenarios = CostScenario.All,
                Recommendations = [.. classes.All.Select(c => UnderScenarios(classes, c))],
                BreakEvens = BreakEvensUnderScenarios(candidates, lines, economics?.MonthlyVolume ?? 0),
            },
            Currency = economics?.Currency,
            WorkloadBySensitivity = workload,
            Notes = Notes(results, economics, workload, commonCalls),
        };
    }

    private static RecommendationUnderScenarios UnderScenarios(DataClasses classes, DataClass dataClass)
    {
        List<DataClassRecommendation> decided = [.. CostScenario.All.Select(s => classes.Decide(dataClass, s))];
        return new RecommendationUnderScenarios(dataClass, [.. decided.Select(d => d.RecommendedId)], [.. decided.Select(d => d.Kind)]);
    }

    private static CandidateColumn Column(
        RunResults results, RunAnalysis analysis, EconomicsAnalysis? economics, ProviderProfile provider, Estimate commonAccuracy, IReadOnlyDictionary<Sensitivity, double>? workload)
    {
        ProviderAnalysis figures = analysis.Providers.Single(p => p.ProviderId == provider.Id);
        Sensitivity ceiling = ClearancePolicy.Ceiling(provider);
        return new CandidateColumn
        {
            ProviderId = provider.Id,
            Name = provider.Name,
            Method = provider.Method,
            Profile = provider.Deployment,
            Ceiling = ceiling,
            Coverage = new Coverage(
                results.Items.Count(i => ClearancePolicy.MayReceive(ceiling, i.Sensitivity)),
                results.Items.Count,
                workload?.Where(w => ClearancePolicy.MayReceive(ceiling, w.Key)).Sum(w => w.Value),
                workload?.Values.Sum()),
            Accuracy = figures.Accuracy,
            CommonAccuracy = commonAccuracy,
            RefusalAccuracy = figures.RefusalAccuracy,
            TrapFailureRate = figures.TrapFailureRate,
            LatencyP50Ms = figures.Latency.LatencyMs?.P50,
            LatencyP95Ms = figures.Latency.LatencyMs?.P95,
            AccuracyByUse = figures.AccuracyByUse,
            Cost = Cost(economics, provider),
        };
    }

    private static CandidateCost Cost(EconomicsAnalysis? economics, ProviderProfile provider)
    {
        if (economics is not { HasEconomics: true })
        {
            return new CandidateCost { Message = "計画に economics がないため費用は計算していません", BreakEvens = [] };
        }

        ProviderEconomics mine = economics.Providers.Single(p => p.ProviderId == provider.Id);
        ProviderCost cost = mine.Cost;
        double? running = cost.MonthlyTotal?.Value - cost.Fixed?.OneOffMonthly;
        return new CandidateCost
        {
            Status = cost.Status,
            Message = cost.Message,
            OneOff = cost.OneOff,
            RunningMonthly = running,
            MonthlyTotal = cost.MonthlyTotal?.Value,
            ThreeYearTco = cost.OneOff is { } oneOff && running is { } r ? oneOff.Total + (CandidateCost.TcoMonths * r) : null,
            CostPerCorrectAnswer = mine.CostPerCorrectAnswer,
            BreakEvens = [.. economics.BreakEvens.Where(b =>
                (b.FirstProviderId == provider.Id && IsCandidate(economics, b.SecondProviderId))
                || (b.SecondProviderId == provider.Id && IsCandidate(economics, b.FirstProviderId)))],
        };
    }

    private static bool IsCandidate(EconomicsAnalysis economics, string providerId) =>
        economics.Providers.Any(p => p.ProviderId == providerId && p.Candidate);

    private static CandidateCostLine? CostLine(EconomicsAnalysis? economics, string providerId) =>
        economics?.Providers.SingleOrDefault(p => p.ProviderId == providerId)?.Cost is { Status: CostStatus.Estimated, Fixed: { } fixedCost, VariablePerTask: { } perTask } cost
            ? new CandidateCostLine(fixedCost.Total, perTask, cost.PricingCurrency != economics.Currency)
            : null;

    private static List<BreakEvenUnderScenarios> BreakEvensUnderScenarios(
        List<ProviderProfile> candidates, Dictionary<string, CandidateCostLine?> lines, double planVolume)
    {
        List<ProviderProfile> priced = [.. candidates.Where(p => lines[p.Id] is not null)];
        CostLine At(ProviderProfile p, double exchange) =>
            new(p.Id, p.Name, lines[p.Id]!.At(0, exchange), lines[p.Id]!.At(1, exchange) - lines[p.Id]!.At(0, exchange));
        return [.. priced.SelectMany((a, i) => priced.Skip(i + 1).Select(b => new BreakEvenUnderScenarios(
            a.Id,
            b.Id,
            [.. CostScenario.All.Select(s => BreakEvenCalculator.Between(At(a, s.ExchangeFactor), At(b, s.ExchangeFactor), planVolume * s.VolumeFactor))])))];
    }

    private static List<string> Notes(RunResults results, EconomicsAnalysis? economics, IReadOnlyDictionary<Sensitivity, double>? workload, int commonCalls)
    {
        var notes = new List<string>();
        if (workload is null)
        {
            notes.Add("economics.monthly_volume_by_sensitivity（取扱区分ごとの月間件数）がないため、実際の業務量に対するカバー率は示さず、区分ごとの月額は計画全体の月間件数で計算しています。");
        }

        if (economics is not { HasEconomics: true })
        {
            notes.Add("計画に economics がないため、費用・推奨の費用比較・費用の感度は計算していません。");
        }

        if (commonCalls == 0 && results.Plan.Providers.Count(p => p.Candidate) > 1)
        {
            notes.Add("すべての候補が回答し採点された項目がないため、共通の項目での比較はできません。");
        }

        return notes;
    }
}
