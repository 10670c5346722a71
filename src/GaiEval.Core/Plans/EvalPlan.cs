namespace GaiEval.Core.Plans;

using System.Text.Json.Serialization;
using GaiEval.Core.Kpi;

/// <summary>A loaded and validated plan. Paths are absolute (resolved against the plan file's folder).</summary>
public sealed record EvalPlan
{
    private const int DefaultRepeats = 1;

    public EvalPlan()
    {
    }

    /// <summary>For JSON: a snapshot stored without <see cref="Repeats"/> keeps 1 (generated metadata would give 0, dotnet/runtime#84484).</summary>
    [JsonConstructor]
    internal EvalPlan(int repeats = DefaultRepeats) => Repeats = repeats;

    public required string Name { get; init; }

    public required string PlanFile { get; init; }

    public required string TestSet { get; init; }

    /// <summary>Folder of Markdown documents; null when the plan has no knowledge base.</summary>
    public string? Knowledge { get; init; }

    public int Repeats { get; init; } = DefaultRepeats;

    /// <summary>Serve identical requests from the store.</summary>
    public bool Cache { get; init; }

    public required IReadOnlyList<ProviderProfile> Providers { get; init; }

    // "?? default" in init: JSON stored before a member existed lacks it, and generated metadata passes null (dotnet/runtime#84484).
    /// <summary>Providers that judge answers (gaieval score --judge ID); they are never sent the items.</summary>
    public IReadOnlyList<ProviderProfile> Judges { get; init => field = value ?? []; } = [];

    public Economics? Economics { get; init; }

    public IReadOnlyList<Criterion> Criteria { get; init => field = value ?? []; } = [];

    /// <summary>The plan's <c>kpi:</c> block: files of real use, eligible staff, period; null when the plan has none.</summary>
    public KpiSettings? Kpi { get; init; }

    /// <summary>The plan's <c>risk:</c> block: the probe set and what the output checks know about the ward.</summary>
    public RiskSettings Risk { get; init => field = value ?? new RiskSettings(); } = new();

    /// <summary>The settings every submission of a vendor round gets (<c>round:</c>); null for a plan that is no round's.</summary>
    public RoundSettings? Round { get; init; }

    /// <summary>
    /// Providers of <see cref="Providers"/> that the run did not call, by id, with why (set by <c>run --skip-unavailable</c>
    /// in the stored snapshot; never read from a plan file). Reports show them as not measured.
    /// </summary>
    public IReadOnlyDictionary<string, string> Skipped { get; init => field = value ?? new Dictionary<string, string>(StringComparer.Ordinal); } = new Dictionary<string, string>(StringComparer.Ordinal);
}
