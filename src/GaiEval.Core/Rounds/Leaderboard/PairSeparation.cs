namespace GaiEval.Core.Rounds.Leaderboard;

using System.Globalization;

/// <summary>
/// Two submissions compared on the items (first repeat) every ranked submission has an observation for: they are separated only when
/// their 95% Wilson intervals do not overlap and the Holm-adjusted exact McNemar test is significant; otherwise tied.
/// </summary>
/// <param name="OnlyACorrect">b: calls A answered correctly and B did not.</param>
/// <param name="OnlyBCorrect">c: calls B answered correctly and A did not.</param>
/// <param name="Higher">The submission above the other when separated; null when tied.</param>
public sealed record PairSeparation(
    string ProviderA, string ProviderB, int OnlyACorrect, int OnlyBCorrect, double PValue, double AdjustedPValue, bool IntervalsOverlap, bool Significant, string? Higher)
{
    public bool Separated => Higher is not null;

    public bool Involves(string providerId) => ProviderA == providerId || ProviderB == providerId;

    public string Other(string providerId) => ProviderA == providerId ? ProviderB : ProviderA;

    /// <summary>Why the two share a rank (区間が重なる / 差が有意でない), or why they do not.</summary>
    public string Why => (IntervalsOverlap, Significant) switch
    {
        (true, false) => $"区間が重なり、差も有意でない（Holm 補正後 p={P(AdjustedPValue)}）",
        (true, true) => $"区間が重なる（Holm 補正後 p={P(AdjustedPValue)} は有意だが、区間が重なるため差とはしない）",
        (false, false) => $"差が有意でない（Holm 補正後 p={P(AdjustedPValue)}）",
        _ => $"区間が重ならず、差が有意（Holm 補正後 p={P(AdjustedPValue)}）",
    };

    /// <summary>A p-value as reports write it: three decimals, p&lt;0.001 below that.</summary>
    public static string P(double p) => p < 0.001 ? "<0.001" : p.ToString("0.000", CultureInfo.InvariantCulture);
}
