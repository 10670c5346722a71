namespace GaiEval.Core.Analysis.Economics;

/// <summary>The Japanese label of each <see cref="TimeSavedBasis"/>, and the scenario it assumes, as reports show them.</summary>
public static class TimeSavedBasisLabels
{
    public static string Label(this TimeSavedBasis basis) => basis switch
    {
        TimeSavedBasis.GoldSetEstimate => "ゴールドセットによる推計",
        TimeSavedBasis.ObservedTask => "実業務での計測",
        TimeSavedBasis.SurveySelfReport => "職員アンケートによる自己申告",
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, null),
    };

    /// <summary>What the figure assumes, shown beside it; the gold-set estimate sends every task of the monthly volume to the AI.</summary>
    public static string Assumption(this TimeSavedBasis basis) => basis switch
    {
        TimeSavedBasis.GoldSetEstimate => "月間件数のすべてをAIに回した場合",
        TimeSavedBasis.ObservedTask => "計測した業務で実際にAIを使った場合",
        TimeSavedBasis.SurveySelfReport => "回答した職員の自己申告による",
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, null),
    };
}
