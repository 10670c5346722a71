namespace GaiEval.Core.Analysis;

using GaiEval.Core.Results;

/// <summary>
/// What analysis keeps of one stored call: every figure of <see cref="ResponseRecord"/> but the answer's text and the
/// passages' texts, so that a loaded run costs the number of its answers, not their length. The text is read back with
/// <see cref="RunResults.Answer"/>.
/// </summary>
public sealed record ResponseSummary
{
    // The figures are kept without Nullable's flag and padding (a run of 100,000 answers holds 100,000 of these): an
    // absent figure is a NaN of its own bits (a measured NaN stays a NaN), an absent count long.MinValue, a time its ticks
    // and offset. 224 bytes an answer become 168.
    private const long NoFigureBits = unchecked((long)0xFFF8_DEAD_0000_0001UL);
    private const long NoCount = long.MinValue;
    private static readonly double NoFigure = BitConverter.Int64BitsToDouble(NoFigureBits);

    private readonly double latencyMs = NoFigure;
    private readonly double ttftMs = NoFigure;
    private readonly double totalMs = NoFigure;
    private readonly long inputTokens = NoCount;
    private readonly long outputTokens = NoCount;
    private readonly long startedTicks;
    private readonly long finishedTicks;
    private readonly short startedOffsetMinutes;
    private readonly short finishedOffsetMinutes;

    public required string RunId { get; init; }

    public required string ItemId { get; init; }

    public required string ProviderId { get; init; }

    /// <summary>1-based.</summary>
    public required int Repeat { get; init; }

    public required ResponseStatus Status { get; init; }

    /// <summary>Whether the provider gave a text (an empty one included).</summary>
    public bool HasText { get; init; }

    public string? Error { get; init; }

    public int Attempts { get; init; }

    public double? LatencyMs { get => Unpack(latencyMs); init => latencyMs = Pack(value); }

    public double? TtftMs { get => Unpack(ttftMs); init => ttftMs = Pack(value); }

    public double? TotalMs { get => Unpack(totalMs); init => totalMs = Pack(value); }

    public long? InputTokens { get => Unpack(inputTokens); init => inputTokens = Pack(value); }

    public long? OutputTokens { get => Unpack(outputTokens); init => outputTokens = Pack(value); }

    public TokenSource TokenSource { get; init; }

    public string? Tokenizer { get; init; }

    public string? Model { get; init; }

    public IReadOnlyList<string> RetrievedIds { get; init; } = [];

    public bool Cached { get; init; }

    public required DateTimeOffset StartedAt
    {
        get => Unpack(startedTicks, startedOffsetMinutes);
        init => (startedTicks, startedOffsetMinutes) = Pack(value);
    }

    public required DateTimeOffset FinishedAt
    {
        get => Unpack(finishedTicks, finishedOffsetMinutes);
        init => (finishedTicks, finishedOffsetMinutes) = Pack(value);
    }

    /// <summary>Where the answer's text lies in the run's <see cref="AnswerTexts"/>.</summary>
    internal AnswerTextSpan TextPlace { get; init; }

    public ResponseKey Key => new(ItemId, ProviderId, Repeat);

    private static double Pack(double? value) => value ?? NoFigure;

    private static double? Unpack(double value) => BitConverter.DoubleToInt64Bits(value) == NoFigureBits ? null : value;

    private static long Pack(long? value) => value ?? NoCount;

    private static long? Unpack(long value) => value == NoCount ? null : value;

    private static (long Ticks, short OffsetMinutes) Pack(DateTimeOffset value) => (value.Ticks, (short)value.Offset.TotalMinutes);

    private static DateTimeOffset Unpack(long ticks, short offsetMinutes) => new(ticks, TimeSpan.FromMinutes(offsetMinutes));
}
