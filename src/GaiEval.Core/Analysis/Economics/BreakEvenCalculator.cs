namespace GaiEval.Core.Analysis.Economics;

using System.Globalization;

/// <summary>Where two cost lines meet: v = (fixed_b − fixed_a) / (variable_a − variable_b), when that is a positive volume.</summary>
internal static class BreakEvenCalculator
{
    /// <summary>Relative tolerance under which two amounts count as equal (they come from sums of products of prices).</summary>
    private const double Tolerance = 1e-9;

    public static BreakEven Between(CostLine a, CostLine b, double planVolume)
    {
        bool sameFixed = Same(a.FixedMonthly, b.FixedMonthly);
        bool sameVariable = Same(a.VariablePerTask, b.VariablePerTask);
        var result = new BreakEven
        {
            FirstProviderId = a.ProviderId,
            SecondProviderId = b.ProviderId,
            Kind = BreakEvenKind.Equal,
            CheaperAtPlanVolume = Cheaper(a, b, planVolume)?.ProviderId,
            Explanation = $"{a.Name} と {b.Name} は固定費も1件あたりの従量費も同じで、どの件数でも費用は等しくなります。",
        };
        if (sameFixed && sameVariable)
        {
            return result;
        }

        if (sameVariable)
        {
            CostLine cheaper = a.FixedMonthly < b.FixedMonthly ? a : b;
            return result with
            {
                Kind = BreakEvenKind.Parallel,
                CheaperBelow = cheaper.ProviderId,
                CheaperAbove = cheaper.ProviderId,
                Explanation = $"1件あたりの従量費が同じで固定費が違うため交わりません。どの件数でも {cheaper.Name} が安くなります。",
            };
        }

        double volume = (b.FixedMonthly - a.FixedMonthly) / (a.VariablePerTask - b.VariablePerTask);
        CostLine lowerVariable = a.VariablePerTask < b.VariablePerTask ? a : b;
        CostLine higherVariable = ReferenceEquals(lowerVariable, a) ? b : a;
        if (sameFixed || volume <= 0)
        {
            return result with
            {
                Kind = BreakEvenKind.NoCrossingAtPositiveVolume,
                CheaperBelow = lowerVariable.ProviderId,
                CheaperAbove = lowerVariable.ProviderId,
                Explanation = $"月の件数が正の範囲では費用の線が交わりません。どの件数でも {lowerVariable.Name} が安くなります。",
            };
        }

        return result with
        {
            Kind = BreakEvenKind.Crosses,
            Volume = volume,
            CheaperBelow = higherVariable.ProviderId,
            CheaperAbove = lowerVariable.ProviderId,
            Explanation = string.Create(
                CultureInfo.InvariantCulture,
                $"月 {volume:N0} 件で費用が等しくなります。それより少なければ {higherVariable.Name}、多ければ {lowerVariable.Name} が安くなります。"),
        };
    }

    private static CostLine? Cheaper(CostLine a, CostLine b, double volume)
    {
        double costA = a.At(volume);
        double costB = b.At(volume);
        return Same(costA, costB) ? null : costA < costB ? a : b;
    }

    private static bool Same(double x, double y) => Math.Abs(x - y) <= Tolerance * Math.Max(1, Math.Max(Math.Abs(x), Math.Abs(y)));
}
