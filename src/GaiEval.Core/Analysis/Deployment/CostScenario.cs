namespace GaiEval.Core.Analysis.Deployment;

/// <summary>A what-if of the cost conclusion: the monthly volume and the exchange rates (of every currency other than the plan's) multiplied.</summary>
public sealed record CostScenario(string Label, double VolumeFactor, double ExchangeFactor)
{
    public static CostScenario Base { get; } = new("計画どおり", 1, 1);

    /// <summary>The plan's figures, half and double the volume, and the exchange rates 20% lower and higher.</summary>
    public static IReadOnlyList<CostScenario> All { get; } =
    [
        Base, new("件数 ½", 0.5, 1), new("件数 2倍", 2, 1), new("為替 −20%", 1, 0.8), new("為替 +20%", 1, 1.2),
    ];
}
