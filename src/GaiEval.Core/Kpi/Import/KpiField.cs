namespace GaiEval.Core.Kpi.Import;

/// <summary>One canonical column of a KPI input: its name, how its cells are read and whether the file must have it.</summary>
internal sealed record KpiField(string Name, KpiValueKind Kind, bool Required = false, int Minimum = 0, int Maximum = 0)
{
    public bool TakesValues => Kind is not (KpiValueKind.StaffKey or KpiValueKind.Count or KpiValueKind.Minutes
        or KpiValueKind.Timestamp or KpiValueKind.Date);
}
