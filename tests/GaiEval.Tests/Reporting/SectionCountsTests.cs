namespace GaiEval.Tests.Reporting;

using System.Globalization;
using System.Text.RegularExpressions;
using GaiEval.Core.Reporting;
using GaiEval.Core.Results;
using GaiEval.Reporting.Decision;
using GaiEval.Reporting.Html;
using GaiEval.Reporting.Summary;
using GaiEval.Tests.Support;

/// <summary>A run with answers awaiting review: report.html's accuracy and reliability sections, decision.md and summary.md give the same counts.</summary>
public sealed class SectionCountsTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Every_section_counts_the_same_answers_decided_and_pending_in_a_run_with_pending_reviews()
    {
        // Per provider: 6 items with rules and 2 open tasks without one (they await a judge or people); base fails one call.
        // Answered 8 + 7 = 15, decided 6 + 5 = 11, awaiting 2 + 2 = 4.
        var items = Enumerable.Range(1, 6).Select(i => StoredRun.Item($"r{i}"))
            .Concat([StoredRun.Item("open1", hasRule: false), StoredRun.Item("open2", hasRule: false)]).ToArray();
        RunReport report;
        await using (StoredRun stored = await StoredRun.CreateAsync(folder, items, StoredRun.Provider("cloud"), StoredRun.Provider("base")))
        {
            foreach (var item in items)
            {
                bool? correct = item.HasRule ? item.Id != "r1" : null;
                stored.Answer(item.Id, "cloud", "1通300円です。", correct, latencyMs: 100);
                if (item.Id == "r6")
                {
                    stored.Fail(item.Id, "base", ResponseStatus.Error, "503");
                }
                else
                {
                    stored.Answer(item.Id, "base", "300円", correct, latencyMs: 100);
                }
            }

            report = RunReport.Build(await stored.SaveAsync());
        }

        string html = new HtmlReportWriter().Render(report);
        string decision = new DecisionDocumentWriter().Render(report);
        string summary = SummaryMarkdownWriter.Render(report);
        string accuracy = Section(html, (int)HtmlSection.Accuracy);
        string reliability = Section(html, (int)HtmlSection.ScoringReliability);

        const string Counted = "回答 15件のうち正誤が決まった 11件を正答率に数えています。";
        const string Pending = "正誤が決まっていない 4件（採点待ち 4件）は正答率に含めていません";
        foreach (string text in new[] { accuracy, reliability, decision })
        {
            Assert.Contains(Counted, text, StringComparison.Ordinal);
            Assert.Contains(Pending, text, StringComparison.Ordinal);
            Assert.All(Regex.Matches(text, "回答 (\\d+)件のうち正誤が決まった (\\d+)件"), m => Assert.Equal("15/11", $"{m.Groups[1]}/{m.Groups[2]}"));
        }

        Assert.Equal([6, 5], Column(accuracy, "採点"));
        Assert.Equal([8, 7], Column(reliability, "回答"));
        Assert.Equal([6, 5], Column(reliability, "正誤が決まった"));
        Assert.Equal([2, 2], Column(reliability, "採点待ち"));
        Assert.Equal(["2", "2"], Regex.Matches(summary, "採点待ち (\\d+)件").Select(m => m.Groups[1].Value));
        Assert.Equal([6, 5], report.Analysis.Providers.Select(p => p.Accuracy.N));
    }

    /// <summary>The numbers in the named column of the first table of the section that has it.</summary>
    private static List<int> Column(string section, string header)
    {
        foreach (Match table in Regex.Matches(section, "<table.*?</table>", RegexOptions.Singleline))
        {
            List<string> headers = [.. Regex.Matches(table.Value, "<th>([^<]*)</th>").Select(m => m.Groups[1].Value)];
            int index = headers.IndexOf(header);
            if (index >= 0)
            {
                return [.. Regex.Matches(table.Value, "<tr>(<td.*?)</tr>").Select(row =>
                    int.Parse(Regex.Match(Regex.Matches(row.Groups[1].Value, "<td[^>]*>([^<]*)</td>")[index].Groups[1].Value, "^\\d+").Value, CultureInfo.InvariantCulture))];
            }
        }

        throw new InvalidOperationException($"no column {header}");
    }

    private static string Section(string html, int number)
    {
        int start = html.IndexOf($"<section id=\"s{number}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"section {number} missing");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }
}
