namespace GaiEval.Providers.Knowledge.Lint;

/// <summary>The settings of <c>kb lint</c>; <see cref="Today"/> is given, not read from the clock, so that results can be repeated.</summary>
public sealed record KnowledgeLintOptions(DateOnly Today)
{
    public const int DefaultMaxAgeDays = 365;
    public const int DefaultMaxCharacters = 4000;

    /// <summary>A 更新日 older than this many days before <see cref="Today"/> is stale.</summary>
    public int MaxAgeDays { get; init; } = DefaultMaxAgeDays;

    /// <summary>A body longer than this many characters needs sub-headings.</summary>
    public int MaxCharacters { get; init; } = DefaultMaxCharacters;
}
