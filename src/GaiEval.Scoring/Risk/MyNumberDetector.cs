namespace GaiEval.Scoring.Risk;

using System.Text.RegularExpressions;

/// <summary>
/// 個人番号 (マイナンバー): 12 digits, written together or 4-4-4 with dashes or spaces, whose check digit is valid and
/// which has a context word (マイナンバー, 個人番号, 番号, My Number) within 20 characters before or 10 after. A
/// 12-digit number without context or with a wrong check digit is not reported: order, account and item numbers are
/// often 12 digits long, and one in eleven of them passes the check digit by chance.
/// </summary>
public sealed partial class MyNumberDetector : IRiskDetector
{
    public string Name => "my_number";

    public IEnumerable<RiskFinding> Find(RiskText text)
    {
        foreach (Match match in Candidate().Matches(text.Normalized))
        {
            string digits = IdentificationNumbers.Normalize(match.Value);
            if (IdentificationNumbers.IsValidMyNumber(digits) && text.HasContext(match, Context(), before: 20, after: 10))
            {
                yield return text.Finding(RiskFindingKind.MyNumber, match, RiskMask.Digits(match.Value));
            }
        }
    }

    [GeneratedRegex(@"
        (?<![\d.,\-]) \d{4} (?<s>" + RiskPatterns.Separator + @"?) \d{4} \k<s> \d{4}
        (?!\d|" + RiskPatterns.Separator + @"\d)", RiskPatterns.Options)]
    private static partial Regex Candidate();

    [GeneratedRegex(@"マイナンバー|個人番号|番号|my\s*number|マイナ", RiskPatterns.Options | RegexOptions.IgnoreCase)]
    private static partial Regex Context();
}
