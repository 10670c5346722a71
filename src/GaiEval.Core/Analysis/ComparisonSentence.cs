namespace GaiEval.Core.Analysis;

using System.Globalization;

/// <summary>Puts a paired comparison into one Japanese sentence for managers, the better method named first.</summary>
internal static class ComparisonSentence
{
    public static string Write(string nameA, string nameB, Estimate difference, double adjustedP, ComparisonOutcome outcome)
    {
        if (difference.Value is not { } value)
        {
            return $"{nameA}と{nameB}は、両方が回答し採点された項目がないため比較できない";
        }

        return outcome switch
        {
            ComparisonOutcome.ABetter => $"{nameA}は{nameB}より正答率が高い（{Figures(value, difference.Low, difference.High, adjustedP)}）",
            ComparisonOutcome.BBetter => $"{nameB}は{nameA}より正答率が高い（{Figures(-value, -difference.High, -difference.Low, adjustedP)}）",
            _ => $"{nameA}と{nameB}の差はこのデータでは判別できない（{Figures(value, difference.Low, difference.High, adjustedP)}）",
        };
    }

    private static string Figures(double difference, double low, double high, double adjustedP) =>
        $"差 {Points(difference)}ポイント、95%区間 {Points(low)}〜{Points(high)}、Holm補正後 {P(adjustedP)}";

    private static string Points(double proportion) => (proportion * 100).ToString("+0.0;-0.0", CultureInfo.InvariantCulture);

    private static string P(double p) => p < 0.001 ? "p<0.001" : "p=" + p.ToString("0.000", CultureInfo.InvariantCulture);
}
