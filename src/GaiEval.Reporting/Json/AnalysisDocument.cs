namespace GaiEval.Reporting.Json;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Economics;
using GaiEval.Core.Analysis.Review;

/// <summary>The root of analysis.json (documented in Json/README.md): the report model without item texts, answers or the plan.</summary>
public sealed record AnalysisDocument
{
    /// <summary>Raised when a field is renamed or removed; adding fields keeps the version.</summary>
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public required RunFacts Run { get; init; }

    /// <summary>The test set's items, described but without question, context or reference.</summary>
    public required IReadOnlyList<ItemFacts> Items { get; init; }

    /// <summary>The provider profiles as planned (no secrets: key variables are names, never values).</summary>
    public required IReadOnlyList<ProviderFacts> Providers { get; init; }

    public required IReadOnlyList<ProviderSummary> Summary { get; init; }

    public required RunAnalysis Analysis { get; init; }

    public EconomicsAnalysis? Economics { get; init; }

    public DecisionFacts? Decision { get; init; }

    /// <summary>How far to trust the automatic scoring: agreement with human grades, who decided, unsupported claims.</summary>
    public required ScoringReliability ScoringReliability { get; init; }

    /// <summary>The KPIs from real use; null (left out) when the plan has no kpi block.</summary>
    public KpiFacts? Kpis { get; init; }

    /// <summary>The candidate methods side by side; null (left out) when the plan has no candidate.</summary>
    public DeploymentFacts? Deployment { get; init; }

    /// <summary>The risk probes' figures and the output checks of every answer (present also without probes: its rates are then not measured).</summary>
    public required RiskFacts Risk { get; init; }

    public required IReadOnlyList<string> Notes { get; init; }
}
