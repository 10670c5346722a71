namespace GaiEval.Tests.Reporting.Html;

using System.Text.RegularExpressions;
using GaiEval.Core.Reporting;
using GaiEval.Core.Results;
using GaiEval.Core.Scoring;
using GaiEval.Reporting.Html;
using GaiEval.Tests.Support;

/// <summary>Section 9's list of answers with a forbidden phrase does not grow with the run: 30 rows, the rest counted.</summary>
public sealed class TrapFailureListTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData(30, 30, null)]
    [InlineData(41, 30, "<p class=\"note\">ほか 11 件（results.csv の「禁止語検出数」を参照）。</p>")]
    public async Task The_list_stops_at_thirty_rows_and_counts_the_rest(int hits, int rows, string? more)
    {
        await using StoredRun stored = await StoredRun.CreateAsync(
            folder, [.. Enumerable.Range(1, hits).Select(i => StoredRun.Item($"t{i}") with { MustNotInclude = ["無料"] })], StoredRun.Provider("cloud"));
        for (int i = 1; i <= hits; i++)
        {
            stored.Add(stored.Call($"t{i}", "cloud", ResponseStatus.Ok) with { Text = "手数料は無料です" }, (MetricNames.MustNotIncludeHits, 1));
        }

        RunReport report = RunReport.Build(await stored.SaveAsync());

        string html = new HtmlReportWriter().Render(report);

        int start = html.IndexOf("<h3>禁止語（罠・誤った事実）を含んだ回答</h3>", StringComparison.Ordinal);
        string list = html[start..html.IndexOf("<h3>", start + 5, StringComparison.Ordinal)];
        Assert.Equal(rows, Regex.Count(list, "<tr><td>cloud の表示名</td>"));
        Assert.Contains("<td>t30</td>", list, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>t31</td>", list, StringComparison.Ordinal);
        Assert.Equal(more is not null, list.Contains("ほか", StringComparison.Ordinal));
        if (more is not null)
        {
            Assert.Contains(more, list, StringComparison.Ordinal);
        }
    }
}
