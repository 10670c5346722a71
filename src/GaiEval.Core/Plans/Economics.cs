namespace GaiEval.Core.Plans;

using GaiEval.Core.Model;

/// <summary>The plan's economic assumptions for time saved and cost.</summary>
public sealed record Economics
{
    // "?? default" in init: JSON stored before a member existed lacks it, and generated metadata passes null (dotnet/runtime#84484).
    public string Currency { get; init => field = value ?? "JPY"; } = "JPY";

    /// <summary>Units of <see cref="Currency"/> per unit of another currency, e.g. USD: 150.</summary>
    public IReadOnlyDictionary<string, double> Exchange { get; init => field = value ?? new Dictionary<string, double>(); } = new Dictionary<string, double>();

    /// <summary>Loaded personnel cost per hour.</summary>
    public double HourlyCost { get; init; }

    /// <summary>Monthly number of tasks per category (業務分野).</summary>
    public IReadOnlyDictionary<string, double> MonthlyVolume { get; init => field = value ?? new Dictionary<string, double>(); } = new Dictionary<string, double>();

    /// <summary>
    /// Monthly number of tasks per sensitivity (取扱区分) of the real workload, for the coverage of each method and the cost
    /// of each data class; null when the plan does not say (<c>economics.monthly_volume_by_sensitivity</c>).
    /// </summary>
    public IReadOnlyDictionary<Sensitivity, double>? MonthlyVolumeBySensitivity { get; init; }
}
