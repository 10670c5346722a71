namespace GaiEval.Scoring.Risk;

using System.Text;

/// <summary>
/// The check digits of the individual number (個人番号, マイナンバー: 12 digits, the last a check digit) and of the
/// corporate number (法人番号: 13 digits, the first a check digit), as the published ordinances define them.
/// </summary>
/// <remarks>
/// 個人番号: with P(n) the n-th of the 11 base digits counted from the right and Q(n) = n + 1 for n ≤ 6, n − 5 for
/// n ≥ 7, the remainder r of Σ P(n)·Q(n) by 11 gives the check digit 0 when r ≤ 1, else 11 − r.
/// 法人番号: with P(n) the n-th of the 12 base digits from the right and Q(n) = 1 for odd n, 2 for even n, the check
/// digit is 9 − (Σ P(n)·Q(n) mod 9), so it is never 0.
/// </remarks>
public static class IdentificationNumbers
{
    /// <summary>NFKC, then white space, dots and every hyphen variant removed (1234-5678-9018 → 123456789018).</summary>
    public static string Normalize(string input)
    {
        string nfkc = input.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(nfkc.Length);
        foreach (char c in nfkc)
        {
            if (!char.IsWhiteSpace(c) && c != '.' && !IsHyphen(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The check digit a 12-digit individual number must end with, or null when it is not 12 digits.</summary>
    public static int? MyNumberCheckDigit(string normalized)
    {
        if (normalized.Length != 12 || !normalized.All(char.IsAsciiDigit))
        {
            return null;
        }

        int sum = 0;
        for (int n = 1; n <= 11; n++)
        {
            int digit = normalized[11 - n] - '0';
            sum += digit * (n <= 6 ? n + 1 : n - 5);
        }

        int remainder = sum % 11;
        return remainder <= 1 ? 0 : 11 - remainder;
    }

    public static bool IsValidMyNumber(string normalized) =>
        MyNumberCheckDigit(normalized) is int check && normalized[11] - '0' == check;

    /// <summary>The check digit a 13-digit corporate number must begin with, or null when it is not 13 digits.</summary>
    public static int? CorporateNumberCheckDigit(string normalized)
    {
        if (normalized.Length != 13 || !normalized.All(char.IsAsciiDigit))
        {
            return null;
        }

        int sum = 0;
        for (int n = 1; n <= 12; n++)
        {
            int digit = normalized[13 - n] - '0';
            sum += digit * (n % 2 == 1 ? 1 : 2);
        }

        return 9 - (sum % 9);
    }

    public static bool IsValidCorporateNumber(string normalized) =>
        CorporateNumberCheckDigit(normalized) is int check && normalized[0] - '0' == check;

    internal static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015'
        or '\u2212' or '\u30FC' or '\uFF0D' or '\uFF70';
}
