namespace GaiEval.Core.Plans;

/// <summary>A success criterion fixed before the run, e.g. accuracy &gt;= 0.85.</summary>
public sealed record Criterion
{
    public required string Metric { get; init; }

    /// <summary>One of &gt;=, &gt;, &lt;=, &lt;.</summary>
    public required string Op { get; init; }

    public required double Value { get; init; }

    public bool Required { get; init; } = true;

    /// <summary>all, or "category:NAME", or "use:NAME".</summary>
    public string Scope { get; init; } = "all";

    public string? Why { get; init; }
}
