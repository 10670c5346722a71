using System.Text.Json;
using GaiEval.Core.Inputs;
using GaiEval.Core.Results;

namespace GaiEval.Storage.Rows;

/// <summary>A row of <c>responses</c>.</summary>
internal sealed record ResponseRow
{
    public const string SelectColumns =
        "r.run_id AS RunId, r.item_id AS ItemId, r.provider_id AS ProviderId, r.repeat AS Repeat, r.status AS Status, " +
        "r.text AS Text, r.error AS Error, r.attempts AS Attempts, r.latency_ms AS LatencyMs, r.ttft_ms AS TtftMs, " +
        "r.total_ms AS TotalMs, r.input_tokens AS InputTokens, r.output_tokens AS OutputTokens, r.token_source AS TokenSource, " +
        "r.tokenizer AS Tokenizer, r.model AS Model, r.retrieved_ids AS RetrievedIds, r.retrieved_texts AS RetrievedTexts, r.cached AS Cached, " +
        "r.started_at AS StartedAt, r.finished_at AS FinishedAt";

    /// <summary>The columns an insert writes, in the order of <see cref="Values"/>.</summary>
    public static readonly string[] Columns =
    [
        "run_id", "item_id", "provider_id", "repeat", "status", "text", "error", "attempts", "latency_ms", "ttft_ms", "total_ms",
        "input_tokens", "output_tokens", "token_source", "tokenizer", "model", "retrieved_ids", "retrieved_texts", "cached",
        "started_at", "finished_at",
    ];

    public required string RunId { get; init; }

    public required string ItemId { get; init; }

    public required string ProviderId { get; init; }

    public required int Repeat { get; init; }

    public required string Status { get; init; }

    public string? Text { get; init; }

    public string? Error { get; init; }

    public required int Attempts { get; init; }

    public double? LatencyMs { get; init; }

    public double? TtftMs { get; init; }

    public double? TotalMs { get; init; }

    public long? InputTokens { get; init; }

    public long? OutputTokens { get; init; }

    public required string TokenSource { get; init; }

    public string? Tokenizer { get; init; }

    public string? Model { get; init; }

    /// <summary>JSON array of strings.</summary>
    public required string RetrievedIds { get; init; }

    /// <summary>JSON array of strings, or null (a response stored before passage texts were kept).</summary>
    public string? RetrievedTexts { get; init; }

    public required bool Cached { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required DateTimeOffset FinishedAt { get; init; }

    /// <summary>The row's values in the order of <see cref="Columns"/>.</summary>
    public object?[] Values() =>
    [
        RunId, ItemId, ProviderId, Repeat, Status, Text, Error, Attempts, LatencyMs, TtftMs, TotalMs, InputTokens, OutputTokens,
        TokenSource, Tokenizer, Model, RetrievedIds, RetrievedTexts, Cached, DateTimeOffsetHandler.Format(StartedAt),
        DateTimeOffsetHandler.Format(FinishedAt),
    ];

    public static ResponseRow From(ResponseRecord response) => new()
    {
        RunId = response.RunId,
        ItemId = response.ItemId,
        ProviderId = response.ProviderId,
        Repeat = response.Repeat,
        Status = EnumText<ResponseStatus>.Format(response.Status),
        Text = response.Text,
        Error = response.Error,
        Attempts = response.Attempts,
        LatencyMs = response.LatencyMs,
        TtftMs = response.TtftMs,
        TotalMs = response.TotalMs,
        InputTokens = response.InputTokens,
        OutputTokens = response.OutputTokens,
        TokenSource = EnumText<TokenSource>.Format(response.TokenSource),
        Tokenizer = response.Tokenizer,
        Model = response.Model,
        RetrievedIds = JsonSerializer.Serialize(response.RetrievedIds, GaiEvalJson.Info<IReadOnlyList<string>>(GaiEvalJson.Options)),
        RetrievedTexts = response.RetrievedTexts is null ? null : JsonSerializer.Serialize(response.RetrievedTexts, GaiEvalJson.Info<IReadOnlyList<string>>(GaiEvalJson.Options)),
        Cached = response.Cached,
        StartedAt = response.StartedAt,
        FinishedAt = response.FinishedAt,
    };

    public ResponseRecord ToRecord() => new()
    {
        RunId = RunId,
        ItemId = ItemId,
        ProviderId = ProviderId,
        Repeat = Repeat,
        Status = EnumText<ResponseStatus>.Parse(Status),
        Text = Text,
        Error = Error,
        Attempts = Attempts,
        LatencyMs = LatencyMs,
        TtftMs = TtftMs,
        TotalMs = TotalMs,
        InputTokens = InputTokens,
        OutputTokens = OutputTokens,
        TokenSource = EnumText<TokenSource>.Parse(TokenSource),
        Tokenizer = Tokenizer,
        Model = Model,
        RetrievedIds = JsonSerializer.Deserialize(RetrievedIds, GaiEvalJson.Info<List<string>>(GaiEvalJson.Options)) ?? [],
        RetrievedTexts = RetrievedTexts is null ? null : JsonSerializer.Deserialize(RetrievedTexts, GaiEvalJson.Info<List<string>>(GaiEvalJson.Options)) ?? [],
        Cached = Cached,
        StartedAt = StartedAt,
        FinishedAt = FinishedAt,
    };
}
