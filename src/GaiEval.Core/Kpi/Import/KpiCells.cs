namespace GaiEval.Core.Kpi.Import;

using System.Globalization;
using System.Text.RegularExpressions;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Sheets;

/// <summary>
/// Reads one cell of a KPI input, already NFKC-normalised and trimmed. Each method returns the problem in Japanese, or
/// null when the cell was read. The same rules check a mapping's <c>values:</c> targets.
/// </summary>
internal static partial class KpiCells
{
    private static readonly string[] YesWords = ["はい", "利用した", "yes", "1", "true", "y"];
    private static readonly string[] NoWords = ["いいえ", "利用していない", "no", "0", "false", "n"];

    private static readonly string[] LocalTimestampFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
    ];

    private static readonly string[] ZonedTimestampFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mmzzz",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-dd HH:mmzzz",
    ];

    private static readonly string[] UtcTimestampFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm'Z'",
    ];

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy/MM/dd"];

    /// <summary>
    /// How an answer label is looked up in a mapping's <c>values:</c>: NFKC-normalised and trimmed, with the wave dash 〜
    /// read as ～ (CP932 exports turn one into the other, and NFKC makes ～ a ~).
    /// </summary>
    public static string LabelKey(string text) => CellText.Normalized(text).Replace('〜', '~');

    public static string? Flag(string text, out bool value)
    {
        value = YesWords.Contains(text, StringComparer.OrdinalIgnoreCase);
        return value || NoWords.Contains(text, StringComparer.OrdinalIgnoreCase)
            ? null
            : $"はい／いいえ（利用した／利用していない、yes/no、1/0）で書くか、対応表の values: に書き加えてください（指定値: 「{text}」）";
    }

    public static string? Score(string text, KpiField field, out int value) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value) && value >= field.Minimum && value <= field.Maximum
            ? null
            : $"{field.Minimum}〜{field.Maximum} の整数で書くか、対応表の values: に書き加えてください（指定値: 「{text}」）";

    /// <summary>A plain number or a common Japanese band: 15〜30分, 15-30分, 週1〜2回, 60分以上, 15分未満 (from 0), 30分程度.</summary>
    /// <param name="label">The answer as written, kept as the band's label.</param>
    public static string? Band(string text, string label, out Band? value)
    {
        value = null;
        string problem = $"数値か「15〜30分」「週1〜2回」「60分以上」のような範囲で書くか、対応表の values: に「{label}: [下限, 上限]」を書き加えてください（指定値: 「{label}」）";
        if (RangeBand().Match(text) is { Success: true } range)
        {
            double low = Number(range.Groups[1].Value);
            double high = Number(range.Groups[2].Value);
            value = low <= high ? new Band(low, high, label) : null;
            return value is null ? $"範囲の下限が上限より大きくなっています（指定値: 「{label}」）" : null;
        }

        if (OpenBand().Match(text) is { Success: true } open)
        {
            value = new Band(Number(open.Groups[1].Value), null, label);
            return null;
        }

        if (BelowBand().Match(text) is { Success: true } below)
        {
            value = new Band(0, Number(below.Groups[1].Value), label);
            return null;
        }

        if (ExactBand().Match(text) is { Success: true } exact)
        {
            value = Kpi.Band.Exact(Number(exact.Groups[1].Value), label);
            return null;
        }

        return problem;
    }

    public static string? Use(string text, out string value)
    {
        value = text;
        if (ItemUses.IsKnown(text))
        {
            return null;
        }

        string hint = ClosestName.Find(text, ItemUses.All) is { } closest ? $"「{closest}」のことですか？" : $"使える用途: {string.Join(", ", ItemUses.All)}。";
        return $"7 つの用途のいずれでもありません。{hint}別の呼び方なら対応表の values: に書き加えてください（指定値: 「{text}」）";
    }

    public static string? Feedback(string text, out UsageFeedback value)
    {
        value = text.Equals("bad", StringComparison.OrdinalIgnoreCase) ? UsageFeedback.Bad : UsageFeedback.Good;
        return text.Equals("good", StringComparison.OrdinalIgnoreCase) || text.Equals("bad", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"good か bad で書くか（空欄は評価なし）、対応表の values: に書き加えてください（指定値: 「{text}」）";
    }

    /// <summary>Whether a source names the evaluation harness: harness or gaieval; anything else is a user's request.</summary>
    public static bool IsHarness(string text) =>
        text.Equals("harness", StringComparison.OrdinalIgnoreCase) || text.Equals("gaieval", StringComparison.OrdinalIgnoreCase);

    /// <summary>A mapping's source target: harness or user.</summary>
    public static string? SourceTarget(string text) =>
        IsHarness(text) || text.Equals("user", StringComparison.OrdinalIgnoreCase) ? null : $"harness か user にしてください（指定値: 「{text}」）";

    public static string? Count(string text, out long value) =>
        long.TryParse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value) && value >= 0
            ? null
            : $"0 以上の整数で書いてください（指定値: 「{text}」）";

    public static string? Minutes(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value) && double.IsFinite(value) && value >= 0
            ? null
            : $"0 以上の数値（分）で書いてください（例: 12.5）（指定値: 「{text}」）";

    /// <param name="format">The mapping's timestamp_format; null for ISO 8601 and yyyy-MM-dd HH:mm(:ss).</param>
    /// <param name="zone">The offset of a timestamp that names none.</param>
    public static string? Timestamp(string text, string? format, TimeSpan zone, out DateTimeOffset value)
    {
        value = default;
        bool read = format is null ? ReadDefaultTimestamp(text, zone, out value) : ReadTimestamp(text, [format], zone, out value);
        string expected = format ?? "2026-10-01T09:30:00+09:00 や 2026-10-01 09:30";
        return read ? null : $"日時は {expected} の形で書いてください（指定値: 「{text}」）";
    }

    public static string? Date(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value)
            ? null
            : $"日付は 2026-10-01 か 2026/10/01 の形で書いてください（指定値: 「{text}」）";

    /// <summary>Whether a custom format is a usable date-and-time format: what it writes, it reads back to the minute.</summary>
    public static bool IsTimestampFormat(string format)
    {
        try
        {
            var sample = new DateTimeOffset(2026, 10, 1, 9, 30, 15, TimeSpan.FromHours(9));
            string written = sample.ToString(format, CultureInfo.InvariantCulture);
            return ReadTimestamp(written, [format], TimeSpan.FromHours(9), out DateTimeOffset back)
                && back.Year == 2026 && back.Month == 10 && back.Day == 1 && back.Hour == 9 && back.Minute == 30;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static bool ReadDefaultTimestamp(string text, TimeSpan zone, out DateTimeOffset value)
    {
        if (ReadTimestamp(text, LocalTimestampFormats, zone, out value) || ReadTimestamp(text, ZonedTimestampFormats, zone, out value))
        {
            return true;
        }

        if (DateTime.TryParseExact(text, UtcTimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out DateTime utc))
        {
            value = new DateTimeOffset(utc, TimeSpan.Zero);
            return true;
        }

        return false;
    }

    private static bool ReadTimestamp(string text, string[] formats, TimeSpan zone, out DateTimeOffset value)
    {
        value = default;
        bool zoned = formats.Any(format => format.Contains('z', StringComparison.Ordinal) || format.Contains('K', StringComparison.Ordinal));
        if (zoned)
        {
            return DateTimeOffset.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
        }

        if (!DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime local))
        {
            return false;
        }

        value = new DateTimeOffset(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
        return true;
    }

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^週?(\d+(?:\.\d+)?)(?:分|回)?\s*[〜~\-‐–—−ー]\s*(\d+(?:\.\d+)?)(?:分|回)?$")]
    private static partial Regex RangeBand();

    [GeneratedRegex(@"^週?(\d+(?:\.\d+)?)(?:分|回)?以上$")]
    private static partial Regex OpenBand();

    [GeneratedRegex(@"^週?(\d+(?:\.\d+)?)(?:分|回)?未満$")]
    private static partial Regex BelowBand();

    [GeneratedRegex(@"^週?約?(\d+(?:\.\d+)?)(?:分|回)?(?:程度|くらい|ぐらい)?$")]
    private static partial Regex ExactBand();
}
