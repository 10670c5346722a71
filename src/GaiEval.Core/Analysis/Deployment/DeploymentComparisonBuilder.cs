namespace GaiEval.Core.Analysis.Deployment;

using GaiEval.Core.Analysis.Economics;
using GaiEval.Core.Decision;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;

/// <summary>Builds the <see cref="DeploymentComparison"/> of a run's candidates from its analysis and economics (never recomputing them).</summary>
public static class DeploymentComparisonBuilder
{
    /// <param name="economics">Null when the plan's economics could not be computed (<paramref name="economicsFailure"/> says why).</param>
    /// <param name="decision">The gate's verdicts; a candidate is never recommended for a class a failed required criterion covers.</param>
    /// <param name="economicsFailure">Why the costs could not be computed although the plan has economics, in Japanese.</param>
    /// <returns>Null when the plan has no candidate (<c>candidate: true</c>).</returns>
    public static DeploymentComparison? Build(
        RunResults results, RunAnalysis analysis, EconomicsAnalysis? economics, GateDecision? decision = null, string? economicsFailure = null)
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
        List<Sensitivity> missingVolumes = workload is null ? [] : [.. results.Items.Select(i => i.Sensitivity).Distinct().Where(s => !workload.ContainsKey(s)).Order()];
        string noCost = economicsFailure ?? "計画に economics がないため費用は計算していません";
        Dictionary<string, CandidateCostLine?> lines = candidates.ToDictionary(p => p.Id, p => CostLine(economics, p.Id), StringComparer.Ordinal);
        List<CandidateColumn> columns =
            [.. candidates.Select((p, i) => Column(results, analysis, economics, noCost, p, commonAccuracy[i], missingVolumes.Count == 0 ? workload : null))];
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
            Notes = Notes(calls, economics, noCost, workload, missingVolumes, commonCalls),
        };
    }

    private static RecommendationUnderScenarios UnderScenarios(DataClasses classes, DataClass dataClass)
    {
        List<DataClassRecommendation> decided = [.. CostScenario.All.Select(s => classes.Decide(dataClass, s))];
        return new RecommendationUnderScenarios(dataClass, [.. decided.Select(d => d.RecommendedId)], [.. decided.Select(d => d.Kind)]);
    }

    private static CandidateColumn Column(
        RunResults results,
        RunAnalysis analysis,
        EconomicsAnalysis? economics,
        string noCost,
        ProviderProfile provider,
        Estimate commonAccuracy,
        IReadOnlyDictionary<Sensitivity, double>? workload)
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
            Cost = Cost(economics, noCost, provider),
        };
    }

    private static CandidateCost Cost(EconomicsAnalysis? economics, string noCost, ProviderProfile provider)
    {
        if (economics is not { HasEconomics: true })
        {
            return new CandidateCost { Message = noCost, BreakEvens = [] };
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
            ? new CandidateCostLine(fixedCost.Total, perTask, cost.PricingCurrency != economics.Currency, cost.OneOff is { Complete: true })
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

    private static List<string> Notes(
        List<ProviderCalls> calls,
        EconomicsAnalysis? economics,
        string noCost,
        IReadOnlyDictionary<Sensitivity, double>? workload,
        List<Sensitivity> missingVolumes,
        int commonCalls)
    {
        var notes = new List<string>();
        if (workload is null)
        {
            notes.Add("economics.monthly_volume_by_sensitivity（取扱区分ごとの月間件数）がないため、実際の業務量に対するカバー率は示さず、区分ごとの月額は計画全体の月間件数で計算しています。");
        }
        else if (missingVolumes.Count > 0)
        {
            notes.Add($"economics.monthly_volume_by_sensitivity に {string.Join("・", missingVolumes.Select(SensitivityNames.Label))} の件数がないため、"
                + "業務量に対するカバー率は示さず、その区分の月額は計算していません（推奨は要判断）。");
        }

        if (economics is not { HasEconomics: true })
        {
            notes.Add($"{noCost}。推奨の費用比較・費用の感度も計算していません。");
        }

        List<string> unmeasured = [.. calls.Where(c => c.Answered.All(r => c.Correct(r) is null)).Select(c => c.Provider.Name)];
        if (calls.Count > 1 && unmeasured.Count > 0)
        {
            notes.Add($"{string.Join("、", unmeasured)} は採点された回答がないため、共通の項目での比較から外しています。");
        }

        if (commonCalls == 0 && calls.Count - unmeasured.Count > 1)
        {
            notes.Add("すべての候補が回答し採点された項目がないため、共通の項目での比較はできません。");
        }

        return notes;
    }
}
