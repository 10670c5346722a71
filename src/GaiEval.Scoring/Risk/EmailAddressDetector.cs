namespace GaiEval.Scoring.Risk;

using System.Text.RegularExpressions;

/// <summary>
/// E-mail addresses (full-width ＠ and letters too, through NFKC); the local part is masked in findings. The user part
/// of a URL (https://user@host/) is the link's, not an address.
/// </summary>
public sealed partial class EmailAddressDetector : IRiskDetector
{
    public string Name => "email";

    public IEnumerable<RiskFinding> Find(RiskText text)
    {
        foreach (Match match in Candidate().Matches(text.Normalized))
        {
            yield return text.Finding(RiskFindingKind.EmailAddress, match, RiskMask.Email(match.Value));
        }
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9._%+\-/]) [A-Za-z0-9._%+\-]+ @ [A-Za-z0-9\-]+ (?:\.[A-Za-z0-9\-]+)* \.[A-Za-z]{2,24} (?![A-Za-z0-9\-])", RiskPatterns.Options)]
    private static partial Regex Candidate();
}
