namespace GaiEval.Core.Kpi;

using GaiEval.Core.Kpi.Measures;

/// <summary>
/// The plan's <c>kpi:</c> block: the files of real use to read (imported on <c>run</c>/<c>report</c>, once per content),
/// the eligible staff per department (the denominator of 利用者割合), the period, and whose real use the data measures.
/// Paths are absolute.
/// </summary>
public sealed record KpiSettings
{
    /// <summary>
    /// The id of the plan's provider whose real use the files record (the platform under trial). Criteria on KPI metrics
    /// are judged for this provider only; null when the plan does not say (then no KPI criterion can be judged).
    /// </summary>
    public string? Provider { get; init; }

    // "?? default" in init: JSON stored before a member existed lacks it, and generated metadata passes null (dotnet/runtime#84484).
    /// <summary>Department → eligible staff; empty when not given (shares are then not measured).</summary>
    public IReadOnlyDictionary<string, int> EligibleStaff { get; init => field = value ?? new Dictionary<string, int>(StringComparer.Ordinal); } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>The CSV the eligible staff were read from; null when the plan lists them itself.</summary>
    public string? EligibleStaffFile { get; init; }

    public IReadOnlyList<KpiSource> Sources { get; init => field = value ?? []; } = [];

    /// <summary>First day (JST) of the period read; null for no lower bound.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day (JST) of the period read, inclusive; null for no upper bound.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Where band answers of the survey are read (lower edge by default, stated in every report).</summary>
    public BandPoint BandPoint { get; init; } = BandPoint.LowerEdge;
}
