namespace GaiEval.Scoring.Risk;

using System.Text.RegularExpressions;

/// <summary>
/// 法人番号: 13 digits whose leading check digit is valid, either as an invoice registration number (T followed by
/// the 13 digits) or with a context word (法人番号, 登録番号, 法人, 事業者, インボイス, 適格請求書) within 20 characters
/// before or 10 after. Bare 13-digit numbers are not reported: JAN/EAN barcodes have 13 digits too.
/// </summary>
public sealed partial class CorporateNumberDetector : IRiskDetector
{
    public string Name => "corporate_number";

    public IEnumerable<RiskFinding> Find(RiskText text)
    {
        foreach (Match match in Candidate().Matches(text.Normalized))
        {
            string digits = IdentificationNumbers.Normalize(match.Groups["number"].Value);
            bool invoice = match.Groups["t"].Success;
            if (IdentificationNumbers.IsValidCorporateNumber(digits) && (invoice || text.HasContext(match, Context(), before: 20, after: 10)))
            {
                yield return text.Finding(RiskFindingKind.CorporateNumber, match, RiskMask.Digits(match.Value));
            }
        }
    }

    [GeneratedRegex(@"
        (?<![\d.,\-A-Za-z]) (?<t>T\x20?)?
        (?<number>\d{13} | \d (?<s>" + RiskPatterns.Separator + @") \d{4} \k<s> \d{4} \k<s> \d{4})
        (?!\d|" + RiskPatterns.Separator + @"\d)", RiskPatterns.Options)]
    private static partial Regex Candidate();

    [GeneratedRegex(@"法人番号|登録番号|法人|事業者|インボイス|適格請求書|corporate\s*number", RiskPatterns.Options | RegexOptions.IgnoreCase)]
    private static partial Regex Context();
}
