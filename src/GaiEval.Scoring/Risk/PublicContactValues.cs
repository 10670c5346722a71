namespace GaiEval.Scoring.Risk;

/// <summary>
/// The contact data the ward itself publishes (office phone numbers, e-mail addresses, postal codes, street addresses),
/// found in its public documents with the same detectors that screen answers, so that an answer repeating them is not
/// reported as personal data (<see cref="RiskScreenOptions.PublicValues"/>).
/// </summary>
public static class PublicContactValues
{
    private static readonly IReadOnlyList<IRiskDetector> Detectors =
        [new PhoneNumberDetector(), new EmailAddressDetector(), new PostalCodeDetector(), new StreetAddressDetector()];

    /// <summary>Every distinct text those detectors match in <paramref name="publicDocumentTexts"/>, as written, in order of appearance.</summary>
    public static IReadOnlyList<string> From(IEnumerable<string> publicDocumentTexts)
    {
        ArgumentNullException.ThrowIfNull(publicDocumentTexts);
        var values = new List<string>();
        foreach (string document in publicDocumentTexts)
        {
            var text = RiskText.Of(document);
            values.AddRange(Detectors
                .SelectMany(detector => detector.Find(text))
                .OrderBy(finding => finding.Start)
                .Select(finding => document.Substring(finding.Start, finding.Length)));
        }

        return [.. values.Distinct(StringComparer.Ordinal)];
    }
}
