namespace GaiEval.Core.Plans;

using System.Text.Json.Serialization;

/// <summary>A success criterion fixed before the run, e.g. accuracy &gt;= 0.85.</summary>
public sealed record Criterion
{
    public Criterion()
    {
    }

    /// <summary>For JSON: a criterion stored without <see cref="Required"/> stays required (generated metadata would give false, dotnet/runtime#84484).</summary>
    [JsonConstructor]
    internal Criterion(bool required = true) => Required = required;

    public required string Metric { get; init; }

    /// <summary>One of &gt;=, &gt;, &lt;=, &lt;.</summary>
    public required string Op { get; init; }

    public required double Value { get; init; }

    public bool Required { get; init; } = true;

    // "?? default" in init: JSON stored before a member existed lacks it, and generated metadata passes null (dotnet/runtime#84484).
    /// <summary>all, or "category:NAME", or "use:NAME".</summary>
    public string Scope { get; init => field = value ?? "all"; } = "all";

    public string? Why { get; init; }
}
