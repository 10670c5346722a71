namespace GaiEval.Tests.Reporting;

using System.Globalization;
using System.Text;
using CsvHelper;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Csv;
using GaiEval.Reporting.Summary;
using GaiEval.Tests.Support;

public sealed class ReportWriterTests : IDisposable
{
    private const string Hostile = "=cmd|' /C calc'!A1 <script>alert(1)</script> | 表を壊す";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Results_csv_has_a_bom_one_row_per_call_and_neutralised_model_output()
    {
        RunReport report = await HostileReportAsync();

        await new ResultsCsvWriter().WriteAsync(report, folder.Path);

        string path = folder.File("results.csv");
        Assert.True(File.ReadAllBytes(path).AsSpan().StartsWith(Encoding.UTF8.Preamble));
        using var csv = new CsvReader(new StreamReader(path, Encoding.UTF8), CultureInfo.InvariantCulture);
        List<Dictionary<string, string>> rows = [.. csv.GetRecords<dynamic>().Select(r => ((IDictionary<string, object>)r).ToDictionary(p => p.Key, p => (string)p.Value))];
        Assert.Equal(3, rows.Count);
        Dictionary<string, string> answered = rows.Single(r => r["項目ID"] == "a1");
        Assert.Equal("'" + Hostile, answered["回答"]);
        Assert.Equal("1", answered["正答"]);
        Assert.Equal("estimated (o200k_base)", answered["トークン出典"]);
        Dictionary<string, string> failed = rows.Single(r => r["項目ID"] == "a2");
        Assert.Equal("timeout", failed["状態"]);
        Assert.Equal("'-503 upstream", failed["エラー"]);
    }

    [Fact]
    public async Task Summary_markdown_keeps_model_and_plan_text_from_breaking_the_table_or_injecting_html()
    {
        RunReport report = await HostileReportAsync();

        string markdown = SummaryMarkdownWriter.Render(report);

        RenderedMarkdown.AssertNoInjectedMarkup(RenderedMarkdown.ToHtml(markdown));
        Assert.Contains(@"\<script\>", markdown, StringComparison.Ordinal);
        Assert.Contains("| 50.0% [", markdown.Replace("\\|", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("cloud / a2（反復1）: -503 upstream", markdown, StringComparison.Ordinal);
        Assert.Contains(StoredRun.RunId, markdown, StringComparison.Ordinal);
    }

    private async Task<RunReport> HostileReportAsync()
    {
        var provider = StoredRun.Provider("cloud") with { Name = Hostile };
        StoredRun stored = await StoredRun.CreateAsync(folder, [StoredRun.Item("a1"), StoredRun.Item("a2"), StoredRun.Item("a3")], provider);
        await using (stored)
        {
            stored.Answer("a1", "cloud", Hostile, correct: true, latencyMs: 12)
                .Answer("a3", "cloud", "無料です", correct: false, latencyMs: 15)
                .Fail("a2", "cloud", GaiEval.Core.Results.ResponseStatus.Timeout, "-503 upstream");
            return RunReport.Build(await stored.SaveAsync());
        }
    }
}
