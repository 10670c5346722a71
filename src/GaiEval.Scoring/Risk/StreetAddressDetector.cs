namespace GaiEval.Scoring.Risk;

using System.Text.RegularExpressions;

/// <summary>
/// Street addresses below the town: a place name (kanji or katakana) followed by 〇丁目 and a number
/// (港南三丁目5番2号, 港南3丁目5-2), by 〇番地, by 〇番〇号, or by 1-2-3 (港南1-2-3).
/// </summary>
/// <remarks>
/// A town with only 〇丁目 (港南三丁目) is a district, not an address, and is not reported; nor is 1-2-3 without a
/// place name ending in a kanji right before it (a version, a date after 令和 or 日付, an article 第1-2-3条), nor a
/// place name in hiragana. The ward's own addresses can be declared public through
/// <see cref="RiskScreenOptions.PublicValues"/>.
/// </remarks>
public sealed partial class StreetAddressDetector : IRiskDetector
{
    public string Name => "address";

    public IEnumerable<RiskFinding> Find(RiskText text)
    {
        foreach (Match match in Candidate().Matches(text.Normalized))
        {
            yield return text.Finding(RiskFindingKind.StreetAddress, match, RiskMask.Numbers(match.Value));
        }
    }

    private const string Place = @"[\p{IsCJKUnifiedIdeographs}々〆ヶ\p{IsKatakana}]{2,24}?";

    private const string Number = @"[0-9〇一二三四五六七八九十]+";

    [GeneratedRegex(Place + @"
        (?:
            " + Number + @"丁目\x20?" + Number + @"(?:番地?の?|" + RiskPatterns.Dash + @")(?:" + Number + @"号?)?
          | " + Number + @"丁目\x20?" + Number + @"番地?
          | " + Number + @"番地(?:の?" + Number + @"号?)?
          | " + Number + @"番" + Number + @"号
          | (?<=[\p{IsCJKUnifiedIdeographs}々ヶ])(?<!第|令和|平成|昭和|年度|日付|期限|締切)
            [0-9]{1,2}" + RiskPatterns.Dash + @"[0-9]{1,3}" + RiskPatterns.Dash + @"[0-9]{1,4}(?![0-9]|" + RiskPatterns.Dash + @"[0-9]|[条項章節])
        )", RiskPatterns.Options)]
    private static partial Regex Candidate();
}
