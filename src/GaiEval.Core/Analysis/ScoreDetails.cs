namespace GaiEval.Core.Analysis;

using GaiEval.Core.Results;

/// <summary>
/// What a stored score says besides its value and whose it is; rules give the same again and again (a metric's reason,
/// interpretation, diagnostics and metadata, whether it has a value at all), so a loaded run holds each once
/// (<see cref="SharedStrings"/>). Its metadata and diagnostics compare by reference: they are shared before they are compared.
/// </summary>
internal sealed record ScoreDetails(
    string Evaluator,
    string Metric,
    string? Label,
    string? Reason,
    IReadOnlyDictionary<string, string>? Metadata,
    ScoreInterpretation? Interpretation,
    IReadOnlyList<ScoreDiagnostic>? Diagnostics,
    bool HasValue);
