namespace GaiEval.Core.Results;

/// <summary>One metric of one response, as an evaluator computed it.</summary>
public sealed record ScoreRecord
{
    public required string RunId { get; init; }

    public required string ItemId { get; init; }

    public required string ProviderId { get; init; }

    public required int Repeat { get; init; }

    /// <summary>The evaluator's stable name (<see cref="Scoring.INamedEvaluator.Name"/>, e.g. "Correctness").</summary>
    public required string Evaluator { get; init; }

    public required string Metric { get; init; }

    /// <summary>Numeric value; booleans are 1 or 0; null when the metric could not be computed (see Reason).</summary>
    public double? Value { get; init; }

    /// <summary>Value of a string metric (e.g. "refuse").</summary>
    public string? Label { get; init; }

    /// <summary>Why: which rule failed, which refusal phrase matched, a diagnostic.</summary>
    public string? Reason { get; init; }

    /// <summary>Evaluator metadata (for a judge: its provider, model, tokens, latency, attempts, criteria), or null.</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    /// <summary>What the evaluator concluded (rating, failed, reason); null when it gave no interpretation, as rows stored before
    /// schema version 4 (except inconclusive judge rows, which the migration marks).</summary>
    public ScoreInterpretation? Interpretation { get; init; }

    /// <summary>The evaluator's diagnostics in the order it gave them, or null when there are none.</summary>
    public IReadOnlyList<ScoreDiagnostic>? Diagnostics { get; init; }

    /// <summary>No value because the evaluator could not decide (its interpretation is Inconclusive), as opposed to not applying.</summary>
    public bool IsInconclusive => Value is null && Interpretation is { IsInconclusive: true };

    public ResponseKey Key => new(ItemId, ProviderId, Repeat);
}
