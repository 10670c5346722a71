namespace GaiEval.Scoring.Risk;

using System.Globalization;
using System.Text;

/// <summary>How findings show what they found without repeating it.</summary>
public static class RiskMask
{
    public const char Hidden = '＊';

    /// <summary>Every digit but the last four as ＊, separators kept: 1234-5678-9018 → ＊＊＊＊-＊＊＊＊-9018.</summary>
    public static string Digits(string text)
    {
        int digits = text.Count(char.IsAsciiDigit);
        var builder = new StringBuilder(text.Length);
        int seen = 0;
        foreach (char c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                seen++;
                builder.Append(seen > digits - 4 ? c : Hidden);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Every number (Arabic or kanji) as ＊, the place names kept: 港南三丁目5番2号 → 港南＊丁目＊番＊号.</summary>
    public static string Numbers(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            bool number = char.IsAsciiDigit(c) || "〇一二三四五六七八九十".Contains(c, StringComparison.Ordinal);
            if (!number)
            {
                builder.Append(c);
            }
            else if (builder.Length == 0 || builder[^1] != Hidden)
            {
                builder.Append(Hidden);
            }
        }

        return builder.ToString();
    }

    /// <summary>The local part but its first character hidden: taro.yamada@example.jp → t＊＊＊@example.jp.</summary>
    public static string Email(string address)
    {
        int at = address.IndexOf('@', StringComparison.Ordinal);
        return at <= 0 ? new string(Hidden, 3) : $"{address[0]}{Hidden}{Hidden}{Hidden}{address[at..]}";
    }

    /// <summary>A secret (a canary) as its first characters (at most 4, at most a quarter) and its length: GAIE…（24文字）.</summary>
    public static string Secret(string secret)
    {
        int shown = Math.Min(4, secret.Length / 4);
        return $"{secret[..shown]}…（{secret.Length}文字）";
    }

    /// <summary>A listed term as its first character and ＊ for each of the others, so a report never prints it in full.</summary>
    public static string Term(string term)
    {
        int[] starts = StringInfo.ParseCombiningCharacters(term);
        return starts.Length == 0 ? string.Empty : term[..(starts.Length > 1 ? starts[1] : term.Length)] + new string(Hidden, starts.Length - 1);
    }
}
