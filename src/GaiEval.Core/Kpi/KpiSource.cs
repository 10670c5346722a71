namespace GaiEval.Core.Kpi;

using GaiEval.Core.Kpi.Import;

/// <summary>One file of real use the plan names: its kind, path and the mapping (YAML) it is read with, if any.</summary>
public sealed record KpiSource(KpiKind Kind, string File, string? Mapping = null)
{
    /// <summary>
    /// The content hash (<see cref="KpiFileHash"/>) of the file as a run imported it, set in the plan stored with the run
    /// (never read from a plan file): its reports and gate read that import, whatever the file holds today.
    /// </summary>
    public string? ContentHash { get; init; }
}
