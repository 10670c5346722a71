namespace GaiEval.Core.Analysis;

using System.Text.Json.Serialization;
using GaiEval.Core.Analysis.Contamination;
using GaiEval.Core.Analysis.Risk;

/// <summary>
/// The statistical analysis of one stored run, built once by <see cref="RunAnalysisBuilder"/> and only rendered afterwards.
/// Providers are in plan order; comparisons cover every pair of providers in plan order (first before second).
/// Every property is plain data (numbers, strings, lists, records), so the whole tree serialises to JSON as it is.
/// </summary>
public sealed record RunAnalysis
{
    public required string RunId { get; init; }

    /// <summary>Items in the run's test set.</summary>
    public required int ItemCount { get; init; }

    public required int Repeats { get; init; }

    /// <summary>α of the paired comparisons, applied to the Holm-adjusted p.</summary>
    public required double SignificanceLevel { get; init; }

    /// <summary>Resamples behind every bootstrap interval (latency, tokens).</summary>
    public required int BootstrapResamples { get; init; }

    public required IReadOnlyList<ProviderAnalysis> Providers { get; init; }

    public required IReadOnlyList<PairedComparison> Comparisons { get; init; }

    /// <summary>
    /// The risk probes' figures and the output checks of every answer. Left out of <c>analysis</c> in analysis.json: it holds
    /// item texts and answers for the report's examples; analysis.json writes its figures as <c>risk</c>. (Not <c>required</c>:
    /// the serialiser refuses a required property it ignores; <see cref="RunAnalysisBuilder"/> always sets it.)
    /// </summary>
    [JsonIgnore]
    public RiskAnalysis Risk { get; init; } = RiskAnalysis.None;

    /// <summary>Public-versus-hidden accuracy per provider (a contamination signal); empty unless the test set has both splits.</summary>
    public IReadOnlyList<SplitGap> SplitGaps { get; init; } = [];
}
