namespace GaiEval.Tests.Analysis;

using GaiEval.Core.Analysis;
using GaiEval.Core.Results;

/// <summary>A summary keeps its figures packed: each reads back as given, an absent one as absent, a time with its offset.</summary>
public sealed class ResponseSummaryFiguresTests
{
    private static readonly DateTimeOffset Started = new(2026, 12, 4, 9, 30, 15, TimeSpan.FromHours(9));

    [Fact]
    public void Figures_given_read_back_exactly_and_times_keep_their_offset()
    {
        var finished = new DateTimeOffset(2026, 12, 4, 0, 30, 16, TimeSpan.Zero).AddTicks(1234567);

        var summary = Summary() with
        {
            LatencyMs = 1234.5678, TtftMs = 0.0, TotalMs = double.NaN, InputTokens = 0, OutputTokens = long.MaxValue,
            FinishedAt = finished,
        };

        Assert.Equal((1234.5678, 0.0), (summary.LatencyMs, summary.TtftMs));
        Assert.True(summary.TotalMs is double total && double.IsNaN(total));
        Assert.Equal((0L, long.MaxValue), (summary.InputTokens, summary.OutputTokens));
        Assert.Equal((Started, TimeSpan.FromHours(9)), (summary.StartedAt, summary.StartedAt.Offset));
        Assert.Equal((finished, TimeSpan.Zero), (summary.FinishedAt, summary.FinishedAt.Offset));
    }

    [Fact]
    public void Figures_not_given_or_set_absent_read_back_absent()
    {
        var none = Summary();
        var cleared = Summary() with { LatencyMs = 5, InputTokens = 7 } with { LatencyMs = null, InputTokens = null };

        Assert.Equal<object?[]>([null, null, null, null, null], [none.LatencyMs, none.TtftMs, none.TotalMs, none.InputTokens, none.OutputTokens]);
        Assert.Equal<object?[]>([null, null], [cleared.LatencyMs, cleared.InputTokens]);
        Assert.Equal(none, cleared);
        Assert.NotEqual(none, none with { TtftMs = 1 });
    }

    private static ResponseSummary Summary() => new()
    {
        RunId = "r1", ItemId = "q1", ProviderId = "cloud", Repeat = 1, Status = ResponseStatus.Ok,
        StartedAt = Started, FinishedAt = Started.AddSeconds(1),
    };
}
