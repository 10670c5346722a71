namespace GaiEval.Providers.Knowledge.Lint;

using System.Globalization;

/// <summary>What <c>kb lint</c> found in a folder: the findings in file and line order and the excepted ones.</summary>
public sealed record KnowledgeLintResult(int DocumentCount, IReadOnlyList<KnowledgeLintFinding> Findings, IReadOnlyList<ExceptedFinding> Excepted)
{
    public int WarningCount => Findings.Count(finding => finding.Severity == KnowledgeLintSeverity.Warning);

    public int NoticeCount => Findings.Count(finding => finding.Severity == KnowledgeLintSeverity.Notice);

    /// <summary>One line: documents checked, warnings per rule, notices and exceptions.</summary>
    public string Summary()
    {
        string warnings = WarningCount == 0 ? "警告 0 件" : $"警告 {WarningCount} 件（{PerRule(Findings.Where(f => f.Severity == KnowledgeLintSeverity.Warning))}）";
        string excepted = Excepted.Count == 0 ? "除外 0 件" : $"除外 {Excepted.Count} 件（{PerRule(Excepted.Select(e => e.Finding))}）";
        return $"{DocumentCount} 文書: {warnings}、注意 {NoticeCount} 件、{excepted}";
    }

    private static string PerRule(IEnumerable<KnowledgeLintFinding> findings) =>
        string.Join("、", findings.GroupBy(f => f.Rule).Select(g => $"{g.Key} {g.Count().ToString(CultureInfo.InvariantCulture)}"));
}
