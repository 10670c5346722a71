namespace GaiEval.Scoring.Risk;

using System.Text.RegularExpressions;

/// <summary>Pieces of the detectors' patterns, written for NFKC text (full-width digits, －, （） already ASCII).</summary>
internal static class RiskPatterns
{
    /// <summary>Every hyphen-like character NFKC leaves as it is (‐ ‑ ‒ – — ― − ー).</summary>
    public const string Dash = @"[\-\u2010-\u2015\u2212\u30FC]";

    /// <summary>A separator inside a number: a dash or one space.</summary>
    public const string Separator = "(?:" + Dash + @"|\x20)";

    public const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace;
}
