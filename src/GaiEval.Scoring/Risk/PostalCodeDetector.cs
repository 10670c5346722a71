namespace GaiEval.Scoring.Risk;

using System.Text.RegularExpressions;

/// <summary>
/// Postal codes: 〒123-4567 or 〒1234567, and 123-4567 with 郵便番号 or 〒 within 10 characters before it. A bare
/// 123-4567 is not reported (it is as likely a phone number's tail or an item number).
/// </summary>
public sealed partial class PostalCodeDetector : IRiskDetector
{
    public string Name => "postal_code";

    public IEnumerable<RiskFinding> Find(RiskText text)
    {
        foreach (Match match in Candidate().Matches(text.Normalized))
        {
            bool marked = match.Groups["mark"].Success || Context().IsMatch(text.Normalized[Math.Max(0, match.Index - 10)..match.Index]);
            if (marked)
            {
                yield return text.Finding(RiskFindingKind.PostalCode, match, RiskMask.Digits(match.Value));
            }
        }
    }

    [GeneratedRegex(@"
        (?: (?<mark>〒\x20?) \d{3} " + RiskPatterns.Dash + @"? \d{4}
          | (?<![\d.,\-]) \d{3} " + RiskPatterns.Dash + @" \d{4})
        (?!\d|" + RiskPatterns.Separator + @"\d)", RiskPatterns.Options)]
    private static partial Regex Candidate();

    [GeneratedRegex(@"郵便番号|〒|postal\s*code|zip", RiskPatterns.Options | RegexOptions.IgnoreCase)]
    private static partial Regex Context();
}
