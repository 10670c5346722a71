namespace GaiEval.Tests.Kpi.Html;

using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Measures;
using GaiEval.Reporting.Json;
using GaiEval.Reporting.Kpi;
using static GaiEval.Tests.Kpi.Findings.KpiRecords;

/// <summary>
/// Self-reported minutes and tokens of a department or use with fewer than five people are withheld, as satisfaction is:
/// 総務課 has five respondents (10 分 × 週1回 each: mean 10.0 分) and five users of 文書作成; 税務課 two respondents
/// (30 × 2 = 60 and 20 × 1 = 20: mean 40.0 分) and two users of 要約.
/// </summary>
public sealed class SmallGroupsTests
{
    private static readonly KpiFindings Findings = Build(
        survey:
        [
            .. Enumerable.Range(1, 5).Select(i => Answer($"s-{i}", "総務課", 10, 1)),
            Answer("t-1", "税務課", 30, 2),
            Answer("t-2", "税務課", 20, 1),
        ],
        usage:
        [
            .. Enumerable.Range(1, 5).Select(i => Request($"u-{i}", "総務課", 2026, 10, 5) with { Use = "文書作成" }),
            Request("v-1", "税務課", 2026, 10, 5) with { Use = "要約" },
            Request("v-2", "税務課", 2026, 10, 6) with { Use = "要約" },
        ],
        inputs: new KpiFindingsInputs { EligibleStaff = Eligible(("総務課", 10), ("税務課", 10)) });

    [Fact]
    public void The_kpi_report_withholds_the_minutes_and_tokens_of_the_small_department_and_use()
    {
        string text = KpiReportWriterTests.Text(new KpiReportWriter(_ => []).Render(Findings));

        Assert.Matches(@"2026-10\s+総務課\s+10\s+10\.0 分", text);
        Assert.Matches(@"2026-10\s+税務課\s+10\s+回答者5人未満のため非表示\s+－", text);
        Assert.DoesNotContain("40.0 分", text, StringComparison.Ordinal);
        // 5 requests × 100 input tokens = 500 for 文書作成; 要約's two requests are withheld.
        Assert.Matches(@"文書作成\s+5\s+5\s+500\s+", text);
        Assert.Matches(@"要約\s+－\s+利用者5人未満のため非表示", text);
        Assert.Matches(@"税務課\s+－\s+利用者5人未満のため非表示", text);
    }

    [Fact]
    public void Analysis_json_carries_no_figures_of_the_small_department_and_use()
    {
        KpiFacts facts = KpiFacts.Of(Findings);

        SelfReportedTimeFacts wave = Assert.Single(facts.TimeSaved.SelfReported!);
        DepartmentTimeSavedFacts tax = wave.Departments.Single(d => d.Department == "税務課");
        Assert.True(tax.Withheld);
        Assert.Null(tax.MeanMinutesPerWeek);
        Assert.Null(tax.HoursPerMonth);
        DepartmentTimeSavedFacts general = wave.Departments.Single(d => d.Department == "総務課");
        Assert.False(general.Withheld);
        Assert.Equal(10, general.MeanMinutesPerWeek!.Value);

        TokenGroupFacts summary = facts.Tokens!.ByUse.Single(g => g.Key == "要約");
        Assert.True(summary.Withheld);
        Assert.Null(summary.Totals);
        Assert.Equal(5, facts.Tokens.ByUse.Single(g => g.Key == "文書作成").Totals!.Users);
        Assert.True(facts.Tokens.ByDepartment.Single(g => g.Key == "税務課").Withheld);
    }

    private static SurveyResponse Answer(string who, string department, double minutes, double uses) =>
        User("2026-10", who, department, 4) with { MinutesSavedPerUse = Band.Exact(minutes, $"{minutes}"), UsesPerWeek = Band.Exact(uses, $"{uses}") };
}
