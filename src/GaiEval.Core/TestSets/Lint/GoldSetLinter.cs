namespace GaiEval.Core.TestSets.Lint;

using GaiEval.Core.Model;

/// <summary>
/// Lints a validated gold set: doubts about the data that a format check cannot see (generic required terms, traps that
/// cannot catch, gold answers the knowledge base does not support, items less sensitive than their sources, repeated
/// questions). The findings are warnings; <c>validate --strict</c> makes them errors.
/// </summary>
public static class GoldSetLinter
{
    private static readonly IReadOnlyList<IGoldSetRule> Rules =
    [
        new GenericRequiredTermRule(),
        new TrapRule(),
        new SourceAgreementRule(),
        new SourceSensitivityRule(),
        new DuplicateQuestionRule(),
    ];

    /// <param name="testSet">A set loaded by <see cref="TestSetLoader"/> (its item lines locate the findings).</param>
    /// <param name="knowledge">The knowledge base of the plan; null skips the checks of sources.</param>
    /// <returns>The findings in file order (line, then rule order).</returns>
    public static IReadOnlyList<LintFinding> Lint(TestSet testSet, GoldSetKnowledge? knowledge)
    {
        ArgumentNullException.ThrowIfNull(testSet);
        var context = new GoldSetLintContext(testSet, knowledge);
        return [.. Rules.SelectMany(rule => rule.Check(context)).OrderBy(finding => finding.Line)];
    }
}
