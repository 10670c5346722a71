namespace GaiEval.Core.Kpi.Measures;

using System.Globalization;
using GaiEval.Core.Analysis;

/// <summary>人件費換算: hours × hourly cost, the interval scaled with it. Time freed, not money paid out.</summary>
public static class PersonnelCost
{
    public static Estimate Of(Estimate hours, double hourlyCost, string currency) => new(
        hours.Value * hourlyCost,
        hours.Low * hourlyCost,
        hours.High * hourlyCost,
        hours.N,
        string.Create(CultureInfo.InvariantCulture, $"人件費換算（削減時間 × 時間単価 {hourlyCost:0.##}{currency}。空く時間の金額換算であり、支出の削減ではない）; 時間の区間: {hours.Method}"));
}
