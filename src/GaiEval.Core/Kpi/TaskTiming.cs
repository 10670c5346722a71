namespace GaiEval.Core.Kpi;

/// <summary>One time-and-motion observation: the same task done by one member of staff without and with AI.</summary>
public sealed record TaskTiming
{
    public required string Task { get; init; }

    /// <summary>業務分野, as in the gold set's categories.</summary>
    public required string Category { get; init; }

    /// <summary>One of the seven uses (ItemUses), when given.</summary>
    public string? Use { get; init; }

    /// <summary>The keyed hash of the staff key; the raw key is never kept.</summary>
    public required string Staff { get; init; }

    public required double MinutesWithout { get; init; }

    /// <summary>Including the time to check the AI's output.</summary>
    public required double MinutesWith { get; init; }

    public DateOnly? Date { get; init; }

    /// <summary>The 1-based line of the row in its file.</summary>
    public int Line { get; init; }
}
