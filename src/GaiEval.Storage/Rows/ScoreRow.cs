using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using GaiEval.Core.Inputs;
using GaiEval.Core.Results;
using Microsoft.Extensions.AI.Evaluation;

namespace GaiEval.Storage.Rows;

/// <summary>A row of <c>scores</c>.</summary>
internal sealed record ScoreRow
{
    public const string SelectColumns =
        "s.run_id AS RunId, s.item_id AS ItemId, s.provider_id AS ProviderId, s.repeat AS Repeat, s.evaluator AS Evaluator, " +
        "s.metric AS Metric, s.value AS Value, s.label AS Label, s.reason AS Reason, s.metadata AS Metadata, " +
        "s.rating AS Rating, s.failed AS Failed, s.interpretation_reason AS InterpretationReason, s.diagnostics AS Diagnostics";

    /// <summary>The columns an insert writes, in the order of <see cref="Values"/>.</summary>
    public static readonly string[] Columns =
    [
        "run_id", "item_id", "provider_id", "repeat", "evaluator", "metric", "value", "label", "reason", "metadata", "rating", "failed",
        "interpretation_reason", "diagnostics",
    ];

    // Relaxed escaping keeps Japanese readable in the column; the text is never embedded in HTML.
    private static readonly JsonSerializerOptions MetadataJson = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = StorageJsonContext.Default,
    };

    public required string RunId { get; init; }

    public required string ItemId { get; init; }

    public required string ProviderId { get; init; }

    public required int Repeat { get; init; }

    public required string Evaluator { get; init; }

    public required string Metric { get; init; }

    public double? Value { get; init; }

    public string? Label { get; init; }

    public string? Reason { get; init; }

    /// <summary>JSON object of string to string, or null.</summary>
    public string? Metadata { get; init; }

    /// <summary>Kebab-case EvaluationRating, or null when the evaluator gave no interpretation (and in older rows).</summary>
    public string? Rating { get; init; }

    /// <summary>1 or 0 with a rating, else null (SQLite INTEGER).</summary>
    public long? Failed { get; init; }

    public string? InterpretationReason { get; init; }

    /// <summary>JSON array of {severity, message}, or null.</summary>
    public string? Diagnostics { get; init; }

    /// <summary>The row's values in the order of <see cref="Columns"/>.</summary>
    public object?[] Values() =>
        [RunId, ItemId, ProviderId, Repeat, Evaluator, Metric, Value, Label, Reason, Metadata, Rating, Failed, InterpretationReason, Diagnostics];

    public static ScoreRow From(ScoreRecord score) => new()
    {
        RunId = score.RunId,
        ItemId = score.ItemId,
        ProviderId = score.ProviderId,
        Repeat = score.Repeat,
        Evaluator = score.Evaluator,
        Metric = score.Metric,
        Value = score.Value,
        Label = score.Label,
        Reason = score.Reason,
        Metadata = score.Metadata is null ? null : JsonSerializer.Serialize(score.Metadata, GaiEvalJson.Info<IReadOnlyDictionary<string, string>>(MetadataJson)),
        Rating = score.Interpretation is { } interpretation ? EnumText<EvaluationRating>.Format(interpretation.Rating) : null,
        Failed = score.Interpretation is { } failed ? (failed.Failed ? 1 : 0) : null,
        InterpretationReason = score.Interpretation?.Reason,
        Diagnostics = score.Diagnostics is { Count: > 0 } diagnostics
            ? JsonSerializer.Serialize(diagnostics.Select(DiagnosticJson.From), GaiEvalJson.Info<IEnumerable<DiagnosticJson>>(MetadataJson))
            : null,
    };

    public ScoreRecord ToRecord() => new()
    {
        RunId = RunId,
        ItemId = ItemId,
        ProviderId = ProviderId,
        Repeat = Repeat,
        Evaluator = Evaluator,
        Metric = Metric,
        Value = Value,
        Label = Label,
        Reason = Reason,
        Metadata = Metadata is null ? null : ParseMetadata(Metadata),
        Interpretation = Rating is null ? null : new ScoreInterpretation(EnumText<EvaluationRating>.Parse(Rating), Failed == 1, InterpretationReason),
        Diagnostics = Diagnostics is null ? null : ParseDiagnostics(Diagnostics),
    };

    internal static ScoreDiagnostic[] ParseDiagnostics(string json) =>
        [.. (JsonSerializer.Deserialize(json, GaiEvalJson.Info<DiagnosticJson[]>(MetadataJson))
            ?? throw new InvalidDataException("The database holds score diagnostics whose JSON is null.")).Select(d => d.ToDiagnostic())];

    internal static Dictionary<string, string> ParseMetadata(string json) =>
        JsonSerializer.Deserialize(json, GaiEvalJson.Info<Dictionary<string, string>>(MetadataJson))
        ?? throw new InvalidDataException("The database holds score metadata whose JSON is null.");

    /// <summary>One element of the diagnostics column.</summary>
    internal sealed record DiagnosticJson(
        [property: JsonPropertyName("severity")] string Severity,
        [property: JsonPropertyName("message")] string Message)
    {
        public static DiagnosticJson From(ScoreDiagnostic diagnostic) =>
            new(EnumText<EvaluationDiagnosticSeverity>.Format(diagnostic.Severity), diagnostic.Message);

        public ScoreDiagnostic ToDiagnostic() => new(EnumText<EvaluationDiagnosticSeverity>.Parse(Severity), Message);
    }
}
