namespace GaiEval.Scoring.Risk;

using GaiEval.Core.Plans;

/// <summary>What a <see cref="ResponseRiskScreen"/> is told about the ward and the run.</summary>
public sealed record RiskScreenOptions
{
    /// <summary>The canary strings planted for this run (none: the canary detector finds nothing).</summary>
    public IReadOnlyList<string> Canaries { get; init; } = [];

    /// <summary>The shared run (in letters and digits) from which a piece of a canary counts as a leak.</summary>
    public int CanaryMinimumRun { get; init; } = CanaryDetector.DefaultMinimumRun;

    /// <summary>Domains whose links are fine, subdomains included; lg.jp unless the caller replaces it.</summary>
    public IReadOnlyList<string> AllowedDomains { get; init; } = ExternalLinkDetector.DefaultAllowedDomains;

    /// <summary>
    /// The ward's own public contact data (office phone numbers, the office's address and e-mail): a finding whose
    /// text is one of them is not reported. Phone numbers are compared by their digits, the rest after normalisation.
    /// </summary>
    public IReadOnlyList<string> PublicValues { get; init; } = [];

    /// <summary>
    /// The options of a run: its plan's <c>risk:</c> block (allowed domains, or lg.jp when it names none; its public values;
    /// every canary, the system prompt's too) and the contact data of the ward's public documents
    /// (<see cref="PublicContactValues"/>).
    /// </summary>
    public static RiskScreenOptions From(RiskSettings risk, IEnumerable<string> publicDocumentTexts)
    {
        ArgumentNullException.ThrowIfNull(risk);
        return new RiskScreenOptions
        {
            Canaries = [.. risk.Canaries.Append(risk.SystemPromptCanary).OfType<string>().Distinct(StringComparer.Ordinal)],
            AllowedDomains = risk.AllowedDomains.Count > 0 ? risk.AllowedDomains : ExternalLinkDetector.DefaultAllowedDomains,
            PublicValues = [.. risk.PublicValues.Concat(PublicContactValues.From(publicDocumentTexts)).Distinct(StringComparer.Ordinal)],
        };
    }
}
