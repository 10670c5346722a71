namespace GaiEval.Core.Reporting;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Deployment;
using GaiEval.Core.Analysis.Economics;
using GaiEval.Core.Analysis.Review;
using GaiEval.Core.Analysis.Statistics;
using GaiEval.Core.Decision;
using GaiEval.Core.Inputs;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;

/// <summary>
/// The report model: built once from a stored run, rendered by every writer (writers never recompute statistics).
/// </summary>
/// <param name="Results">The stored run, joined.</param>
/// <param name="Summary">The headline table.</param>
/// <param name="Analysis">Statistics per provider and the paired comparisons.</param>
/// <param name="Economics">Time saved and cost; null when they cannot be computed (see <paramref name="Notes"/>).</param>
/// <param name="Decision">The verdicts on the run's own criteria; null when the plan has none (never for want of economics).</param>
/// <param name="Notes">Why a part is missing, in Japanese, for the reader.</param>
/// <param name="Reliability">How far the automatic scoring agrees with people, who decided the verdicts, unsupported claims.</param>
public sealed record RunReport(
    RunResults Results,
    RunSummary Summary,
    RunAnalysis Analysis,
    EconomicsAnalysis? Economics,
    GateDecision? Decision,
    IReadOnlyList<string> Notes,
    ScoringReliability Reliability)
{
    /// <summary>The run's knowledge folder compared with the folder now; null when the plan has none or it was not checked.</summary>
    public KnowledgeCheck? Knowledge { get; init; }

    /// <summary>The KPIs from real use named by the plan's <c>kpi:</c> block; null when the plan has none.</summary>
    public KpiFindings? Kpi { get; init; }

    /// <summary>The candidate methods side by side with the recommendation per data class; null when the plan has no candidate.</summary>
    public DeploymentComparison? Deployment { get; init; }

    /// <summary>The providers of the plan with no answer to judge, with why (<see cref="ProviderMeasurement"/>).</summary>
    public IReadOnlyList<(ProviderProfile Provider, string Why)> NotMeasured { get; init; } = [];

    /// <param name="results">The stored run.</param>
    /// <param name="kpi">
    /// The KPIs from real use the plan names (its <c>kpi:</c> block), already computed; null when none. Criteria on KPI
    /// metrics are judged from them for <c>kpi.provider</c> only (<see cref="KpiCriterionMetrics"/>), else NOT MEASURED.
    /// </param>
    public static RunReport Build(RunResults results, KpiFindings? kpi = null)
    {
        // The analysis (mostly its bootstrap intervals) and the parts beside it only read the run: the analysis is worked
        // out on another core meanwhile.
        const int Resamples = Bootstrap.DefaultResamples;
        Task<RunAnalysis> analysed = Task.Run(() => RunAnalysisBuilder.Build(results, Resamples));
        var notes = new List<string>();
        EconomicsAnalysis? economics = null;
        string? economicsFailure = null;
        try
        {
            economics = EconomicsAnalysisBuilder.Build(results);
        }
        catch (InputException e)
        {
            economicsFailure = $"費用と削減時間は計算できません: {string.Join(" / ", e.Errors.Select(error => error.Message))}";
            notes.Add(economicsFailure);
        }

        RunSummary summary = RunSummaryBuilder.Build(results);
        ScoringReliability reliability = ScoringReliabilityBuilder.Build(results, Resamples);
        IReadOnlyList<(ProviderProfile Provider, string Why)> notMeasured = ProviderMeasurement.NotMeasured(results);
        RunAnalysis analysis = analysed.GetAwaiter().GetResult();
        GateDecision? decision = results.Plan.Criteria.Count == 0
            ? null
            : new GateJudge(new KpiCriterionMetrics(new RunCriterionMetrics(results, analysis, economics), kpi), SettlingSampleSize.Wilson).Decide(results);
        return new RunReport(results, summary, analysis, economics, decision, notes, reliability)
        {
            NotMeasured = notMeasured,
            Kpi = kpi,
            Deployment = DeploymentComparisonBuilder.Build(results, analysis, economics, decision, economicsFailure),
        };
    }
}
