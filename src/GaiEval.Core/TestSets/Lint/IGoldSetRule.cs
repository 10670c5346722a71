namespace GaiEval.Core.TestSets.Lint;

/// <summary>One check of the gold data; reports a finding per doubt, never throws on data it cannot judge.</summary>
internal interface IGoldSetRule
{
    IEnumerable<LintFinding> Check(GoldSetLintContext context);
}
