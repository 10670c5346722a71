namespace GaiEval.Reporting;

using GaiEval.Core.Reporting;
using GaiEval.Reporting.Csv;
using GaiEval.Reporting.Summary;

/// <summary>The writers run after every run and re-score.</summary>
public static class ReportWriters
{
    public static IReadOnlyList<IReportWriter> Default { get; } = [new SummaryMarkdownWriter(), new ResultsCsvWriter()];
}
