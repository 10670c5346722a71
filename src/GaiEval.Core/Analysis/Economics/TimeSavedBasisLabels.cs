namespace GaiEval.Core.Analysis.Economics;

/// <summary>The Japanese label of each <see cref="TimeSavedBasis"/>, as reports show it.</summary>
public static class TimeSavedBasisLabels
{
    public static string Label(this TimeSavedBasis basis) => basis switch
    {
        TimeSavedBasis.GoldSetEstimate => "ゴールドセットによる推定",
        TimeSavedBasis.ObservedTask => "実業務での計測",
        TimeSavedBasis.SurveySelfReport => "職員アンケートによる自己申告",
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, null),
    };
}
