using System.Text.Encodings.Web;
using System.Text.Json;
using GaiEval.Core.Results;

namespace GaiEval.Storage.Rows;

/// <summary>A row of <c>scores</c>.</summary>
internal sealed record ScoreRow
{
    public const string SelectColumns =
        "s.run_id AS RunId, s.item_id AS ItemId, s.provider_id AS ProviderId, s.repeat AS Repeat, s.evaluator AS Evaluator, " +
        "s.metric AS Metric, s.value AS Value, s.label AS Label, s.reason AS Reason, s.metadata AS Metadata";

    // Relaxed escaping keeps Japanese readable in the column; the text is never embedded in HTML.
    private static readonly JsonSerializerOptions MetadataJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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
        Metadata = score.Metadata is null ? null : JsonSerializer.Serialize(score.Metadata, MetadataJson),
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
    };

    private static Dictionary<string, string> ParseMetadata(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json, MetadataJson)
        ?? throw new InvalidDataException("The database holds score metadata whose JSON is null.");
}
