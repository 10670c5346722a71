using GaiEval.Core.Results;

namespace GaiEval.Storage.Rows;

/// <summary>A row of <c>scores</c>.</summary>
internal sealed record ScoreRow
{
    public const string SelectColumns =
        "s.run_id AS RunId, s.item_id AS ItemId, s.provider_id AS ProviderId, s.repeat AS Repeat, s.evaluator AS Evaluator, " +
        "s.metric AS Metric, s.value AS Value, s.label AS Label, s.reason AS Reason";

    public required string RunId { get; init; }

    public required string ItemId { get; init; }

    public required string ProviderId { get; init; }

    public required int Repeat { get; init; }

    public required string Evaluator { get; init; }

    public required string Metric { get; init; }

    public double? Value { get; init; }

    public string? Label { get; init; }

    public string? Reason { get; init; }

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
    };
}
