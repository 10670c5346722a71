namespace GaiEval.Scoring.Grounding;

using System.Globalization;
using System.Text.RegularExpressions;
using GaiEval.Core.Text;

/// <summary>
/// The value keys of <see cref="Fact"/>: dates as 「2026年4月1日」 (Western year, no leading zeros), times as 「8:30」
/// (午後 adds 12 hours), amounts as the number of yen, phone numbers as their digits, everything else normalised text.
/// </summary>
internal static partial class FactKeys
{
    private static readonly Dictionary<string, int> EraStarts = new(StringComparer.Ordinal)
    {
        ["令和"] = 2018,
        ["平成"] = 1988,
        ["昭和"] = 1925,
    };

    public static string Of(FactKind kind, Match match, string written) => kind switch
    {
        FactKind.Date => DateKey(match),
        FactKind.Time => TimeKey(match),
        FactKind.Amount => AmountKey(match.Groups["v"].Value) ?? JapaneseTextNormalizer.Normalize(written),
        FactKind.Percentage => JapaneseTextNormalizer.Normalize(match.Groups["v"].Value) + "%",
        FactKind.PhoneNumber => new string(match.Value.Where(char.IsAsciiDigit).ToArray()),
        _ => JapaneseTextNormalizer.Normalize(written),
    };

    /// <summary>The key of the same date without its year (「4月1日」 for 「2026年4月1日」), or the key itself.</summary>
    public static string WithoutYear(string dateKey) => dateKey[(dateKey.IndexOf('年') + 1)..];

    private static string DateKey(Match match)
    {
        string year = match.Groups["y"].Success ? Number(match.Groups["y"].Value).ToString(CultureInfo.InvariantCulture) : string.Empty;
        if (match.Groups["era"].Success)
        {
            string eraYear = match.Groups["ey"].Value;
            int offset = eraYear == "元" ? 1 : Number(eraYear);
            year = (EraStarts[match.Groups["era"].Value] + offset).ToString(CultureInfo.InvariantCulture);
        }

        string month = Number(match.Groups["m"].Value).ToString(CultureInfo.InvariantCulture);
        string day = match.Groups["d"].Success ? Number(match.Groups["d"].Value) + "日" : string.Empty;
        return (year.Length > 0 ? year + "年" : string.Empty) + month + "月" + day;
    }

    private static string TimeKey(Match match)
    {
        int hour = Number(match.Groups["h"].Value);
        if (match.Groups["ap"].Value == "午後" && hour < 12)
        {
            hour += 12;
        }

        int minute = match.Groups["half"].Success ? 30 : match.Groups["mi"].Success ? Number(match.Groups["mi"].Value) : 0;
        return string.Create(CultureInfo.InvariantCulture, $"{hour}:{minute:00}");
    }

    private static string? AmountKey(string value)
    {
        decimal total = 0;
        foreach (Match part in AmountPart().Matches(value.Replace(",", string.Empty, StringComparison.Ordinal)))
        {
            if (!decimal.TryParse(part.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal n))
            {
                return null;
            }

            total += n * part.Groups["u"].Value switch { "億" => 100_000_000m, "万" => 10_000m, "千" => 1_000m, _ => 1m };
        }

        return total.ToString("0.##", CultureInfo.InvariantCulture);
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<n>[0-9]+(?:\.[0-9]+)?)(?<u>[億万千]?)")]
    private static partial Regex AmountPart();
}
