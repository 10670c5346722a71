namespace GaiEval.Reporting;

using GaiEval.Core.Reporting;
using GaiEval.Reporting.Charts;
using GaiEval.Reporting.Csv;
using GaiEval.Reporting.Decision;
using GaiEval.Reporting.Html;
using GaiEval.Reporting.Json;
using GaiEval.Reporting.Summary;

/// <summary>The report formats and their writers (stateless, shared). A new format is one more entry.</summary>
public static class ReportWriters
{
    /// <summary>Formats of <c>gaieval report --format</c>, each with the writers it runs.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<IReportWriter>> ByFormat { get; } =
        new Dictionary<string, IReadOnlyList<IReportWriter>>(StringComparer.OrdinalIgnoreCase)
        {
            ["html"] = [new HtmlReportWriter(HtmlCharts.For)],
            ["md"] = [new ChartImagesWriter(), new SummaryMarkdownWriter(), new DecisionDocumentWriter(DecisionCharts.Files)],
            ["csv"] = [new ResultsCsvWriter()],
            ["json"] = [new AnalysisJsonWriter(), new AisevScoresWriter()],
        };

    /// <summary>Every format: what <c>run</c> and <c>score</c> write.</summary>
    public static IReadOnlyList<IReportWriter> Default { get; } = [.. ByFormat.Values.SelectMany(writers => writers)];
}
