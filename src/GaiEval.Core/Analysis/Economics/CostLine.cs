namespace GaiEval.Core.Analysis.Economics;

/// <summary>A provider's monthly cost as a line in the volume: fixed + per task × volume (plan currency).</summary>
internal sealed record CostLine(string ProviderId, string Name, double FixedMonthly, double VariablePerTask)
{
    public double At(double volume) => FixedMonthly + (VariablePerTask * volume);
}
