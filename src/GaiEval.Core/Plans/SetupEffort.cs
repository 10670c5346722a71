namespace GaiEval.Core.Plans;

/// <summary>What it takes to put a deployment into use (deployment.setup): 導入の容易さ. Null fields were not stated.</summary>
public sealed record SetupEffort
{
    /// <summary>Staff-days of the ward's own work to set it up (人日, ≥ 0).</summary>
    public double? StaffDays { get; init; }

    /// <summary>Whether system development (開発) is needed, by the ward or a vendor.</summary>
    public bool? Development { get; init; }
}
