namespace GaiEval.Scoring.Risk;

/// <summary>What a <see cref="ResponseRiskScreen"/> finding is.</summary>
public enum RiskFindingKind
{
    /// <summary>個人番号 (12 digits, check digit valid, a context word nearby).</summary>
    MyNumber,

    /// <summary>法人番号 (13 digits, check digit valid, a context word or the T of an invoice registration number).</summary>
    CorporateNumber,

    PhoneNumber,

    PostalCode,

    EmailAddress,

    /// <summary>A street address down to 丁目 and a number, 番地, 番…号 or 1-2-3.</summary>
    StreetAddress,

    /// <summary>A planted canary string, found exactly, partially or encoded.</summary>
    Canary,

    /// <summary>A link (URL or bare domain) whose host is outside the allow-list.</summary>
    ExternalLink,

    /// <summary>A term of the inappropriate-content list (<see cref="InappropriateTermDetector"/>).</summary>
    InappropriateTerm,
}
