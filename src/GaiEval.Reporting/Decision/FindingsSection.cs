namespace GaiEval.Reporting.Decision;

using GaiEval.Core.Analysis;
using GaiEval.Core.Decision;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Text;
using static GaiEval.Reporting.Decision.DecisionFigures;

/// <summary>良かった点と課題: what the figures show for each provider under decision (every provider when none is a candidate).</summary>
internal static class FindingsSection
{
    public static void Write(DecisionMarkdown md, RunReport report)
    {
        md.Section("良かった点と課題");
        HashSet<string> candidates = [.. report.Results.Plan.Providers.Where(p => p.Candidate).Select(p => p.Id)];
        foreach (ProviderAnalysis provider in report.Analysis.Providers.Where(p => candidates.Count == 0 || candidates.Contains(p.ProviderId)))
        {
            md.Sub($"{MarkdownText.Escape(provider.ProviderId)}（{MarkdownText.Escape(provider.Name)}）");
            IReadOnlyList<CriterionVerdict> verdicts = report.Decision?.Providers.FirstOrDefault(v => v.Provider.Id == provider.ProviderId)?.Criteria ?? [];
            List<string> good = [.. Good(report, provider, verdicts)];
            List<string> issues = [.. Issues(provider, verdicts)];
            md.Line("良かった点:");
            md.Blank();
            foreach (string line in good.DefaultIfEmpty("データから言える良かった点はありません。"))
            {
                md.Bullet(MarkdownText.Escape(line));
            }

            md.Blank();
            md.Line("課題:");
            md.Blank();
            foreach (string line in issues.DefaultIfEmpty("データから言える課題はありません。"))
            {
                md.Bullet(MarkdownText.Escape(line));
            }

            md.Blank();
        }

        md.ToFill("評価に参加した職員の所見（使いやすさ、運用上の課題、想定外の使い方）を書いてください。");
        md.Blank();
    }

    private static IEnumerable<string> Good(RunReport report, ProviderAnalysis provider, IReadOnlyList<CriterionVerdict> verdicts)
    {
        foreach (CriterionVerdict verdict in verdicts.Where(v => v.Outcome == CriterionOutcome.Pass))
        {
            yield return $"基準を達成: {verdict.Reason}";
        }

        if (Ranked(provider.AccuracyByCategory).FirstOrDefault() is { } best)
        {
            yield return $"正答率が最も高い業務分野: {best.Name} {Percent(best.Accuracy)}";
        }

        foreach (PairedComparison comparison in report.Analysis.Comparisons.Where(c =>
            (c.Outcome == ComparisonOutcome.ABetter && c.ProviderA == provider.ProviderId) || (c.Outcome == ComparisonOutcome.BBetter && c.ProviderB == provider.ProviderId)))
        {
            yield return comparison.Sentence;
        }
    }

    private static IEnumerable<string> Issues(ProviderAnalysis provider, IReadOnlyList<CriterionVerdict> verdicts)
    {
        foreach (CriterionVerdict verdict in verdicts.Where(v => v.Outcome != CriterionOutcome.Pass))
        {
            yield return $"基準が{VerdictNames.Japanese(verdict.Outcome)}: {verdict.Reason}";
        }

        List<GroupAccuracy> ranked = Ranked(provider.AccuracyByCategory);
        if (ranked.Count > 1)
        {
            yield return $"正答率が最も低い業務分野: {ranked[^1].Name} {Percent(ranked[^1].Accuracy)}";
        }

        if (provider.TrapFailureRate.Value > 0)
        {
            yield return $"罠の問で含んではならない語を答えた: {Percent(provider.TrapFailureRate)}";
        }

        if (provider.RefusalAccuracy.Value < 1)
        {
            yield return $"断るべき依頼を断った割合が100%ではない: {Percent(provider.RefusalAccuracy)}";
        }

        if (provider.Counts.Failed > 0)
        {
            yield return $"エラー・タイムアウトが {Count(provider.Counts.Failed)} 件";
        }
    }

    private static List<GroupAccuracy> Ranked(IReadOnlyList<GroupAccuracy> groups) =>
        [.. groups.Where(g => g.Accuracy.Value is not null).OrderByDescending(g => g.Accuracy.Value).ThenBy(g => g.Name, StringComparer.Ordinal)];
}
