namespace GaiEval.Tests.Kpi.Html;

using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Reporting.Kpi;
using GaiEval.Tests.Support;

/// <summary>kpi-report.html from hand-made data: the figures worked out in <see cref="HandMadeKpi"/>, 「未測定」 where data is absent.</summary>
public sealed class KpiReportWriterTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    /// <summary>The page's visible text, tags dropped and entities decoded, for asserting figures across table cells.</summary>
    internal static string Text(string html) =>
        WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(html, "<svg.*?</svg>", " ", RegexOptions.Singleline), "<[^>]+>", " "));

    [Fact]
    public void Satisfaction_shows_the_distribution_the_top_two_share_the_mean_the_response_rate_and_nps_of_each_wave()
    {
        string html = Render(HandMadeKpi.All());
        string row = Row(html, "2026-10");

        // Respondents 6, users 3 with 1 blank, scores [0,1,0,1,1], top-2 2/3, mean 11/3, response 6/19, NPS 0.
        Assert.Matches(@"<td>2026-10</td><td class=""num"">6</td><td class=""num"">3（空欄 1）</td><td class=""num"">0</td><td class=""num"">1</td><td class=""num"">0</td><td class=""num"">1</td><td class=""num"">1</td>", row);
        Assert.Contains("66.7% [", row, StringComparison.Ordinal);
        Assert.Contains("（n=3）", row, StringComparison.Ordinal);
        Assert.Contains("3.67 [", row, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">6人 / 19人（31.6%）</td>", row, StringComparison.Ordinal);
        Assert.DoesNotContain("（n=6）", row, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">0.0 ポイント [", row, StringComparison.Ordinal);
        Assert.Contains("50.0% [", Row(html, "2026-12"), StringComparison.Ordinal);
        Assert.Contains("測定方法: 上位2段階の割合 = 満足度4・5と答えた利用者", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_users_are_counted_apart_with_their_comment_escaped_and_a_department_without_respondents_is_listed()
    {
        string html = Render(HandMadeKpi.All());

        Assert.Contains("利用していない回答者 1 人、利用の有無が空欄 1 人", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert('kpi')</script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;kpi&#39;)&lt;/script&gt;使い方が分からない", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<td>企画課</td><td class=\"num\">0</td><td class=\"num\">4</td><td class=\"num\">0.0%</td><td class=\"num\">回答者なし</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Users_show_monthly_active_users_their_share_the_funnel_retention_and_the_harness_apart()
    {
        string html = Render(HandMadeKpi.All());

        Assert.Contains("<td>2026-10</td><td class=\"num\">2 人</td><td class=\"num\">2人 / 19人（10.5%）</td>", html, StringComparison.Ordinal);
        // The log ends on Monday 2026-11-23: November and its last week are lower bounds.
        Assert.Contains("<td>2026-11</td><td class=\"num\">3 人</td><td class=\"num\">3人 / 19人（15.8%）（2026-11-23までのデータ、下限）</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>対象職員</td><td class=\"num\">19 人</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>利用したことがある</td><td class=\"num\">4 人</td><td class=\"num\">21.1%</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>最終月（2026-11）に利用（2026-11-23までのデータ、下限）</td><td class=\"num\">3 人</td><td class=\"num\">15.8%</td>", html, StringComparison.Ordinal);
        Assert.Matches("<td>定着利用（直近4週 2026-W45・2026-W46・2026-W47・2026-W48 のうち3週以上）（2026-11-23までのデータ、下限）</td><td class=\"num\">1 人</td><td class=\"num\">5.3%</td>", html);
        Assert.Contains("<td>2026-10</td><td class=\"num\">2 人</td><td>2026-11</td><td class=\"num\">50.0% [", html, StringComparison.Ordinal);
        Assert.Contains("評価ハーネス自身の利用 1 行は利用者に数えていません", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Tokens_are_summed_per_month_costed_at_the_plans_prices_and_spread_per_user_without_the_harness()
    {
        string text = Text(Render(HandMadeKpi.All()));

        // All 8 real requests: 800 in, 400 out, 1.6 円; the harness's 9,999 tokens are left out.
        Assert.Matches(@"全期間\s+8\s+4\s+800\s+400\s+入力 100（n=8）/ 出力 50（n=8）\s+1\.6 円", text);
        // October: u1 10/1, u2 10/5 and 10/12 = 300 / 150, 0.3 + 0.3 = 0.6 円 (the harness's 10/2 row left out).
        Assert.Matches(@"2026-10\s+3\s+2\s+300\s+150\s+入力 100（n=3）/ 出力 50（n=3）\s+0\.6 円", text);
        Assert.DoesNotContain("9,999", text, StringComparison.Ordinal);
        // Per user input totals: u1 400, u2 200, u3 100, u4 100 → mean 200, median 150, p90 340.
        Assert.Matches(@"入力トークン\s+4\s+200\s+150\s+340", text);
    }

    [Fact]
    public void Time_saved_shows_each_method_apart_with_the_self_reported_band_reading_and_departments_not_extrapolated()
    {
        string text = Text(Render(HandMadeKpi.All()));

        Assert.Contains("(a) 職員アンケートによる自己申告", text, StringComparison.Ordinal);
        Assert.Contains("(b) 実業務での計測", text, StringComparison.Ordinal);
        Assert.DoesNotContain("(c) ゴールドセット", text, StringComparison.Ordinal);
        Assert.Matches(@"2026-10\s+2／1／2／1\s+6人 / 19人（31\.6%）\s+\S+ 分 \[[^\]]+\]（n=3）\s+15\.6 時間 \[", text);
        Assert.Contains("回答者のいない部署（外挿していません）: 企画課、税務課", text, StringComparison.Ordinal);
        Assert.Contains("帯は下限で換算", text, StringComparison.Ordinal);
        Assert.Contains("空く時間の価値", text, StringComparison.Ordinal);
        Assert.Matches(@"窓口\s+17\.5 分 \[[^\]]+\]（n=2）", text);
        Assert.Matches(@"全体\s+21\.7 分 \[[^\]]+\]（n=3）", text);
        Assert.Contains("合算しません", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Feedback_is_labelled_as_the_users_rating_not_accuracy()
    {
        string text = Text(Render(HandMadeKpi.All()));

        Assert.Contains("正答率（実利用: ユーザーの評価）", text, StringComparison.Ordinal);
        Assert.Matches(@"4\s+2\s+2\s+50\.0% \[[^\]]+\]（n=4）", text);
        Assert.Contains("正答率ではありません", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_log_the_users_share_comes_from_the_survey_labelled_self_reported_and_the_rest_is_not_measured()
    {
        string text = Text(Render(HandMadeKpi.SurveyOnly()));

        Assert.Contains("未測定（利用ログから: 期間内の利用ログがない）", text, StringComparison.Ordinal);
        // 2026-10: used 4 of 5 who answered (s6 blank) = 80.0%; 2026-12: 2 of 2.
        Assert.Matches(@"2026-10\s+80\.0% \[[^\]]+\]（n=5）\s+1", text);
        Assert.Contains("利用したと答えた割合（自己申告）", text, StringComparison.Ordinal);
        Assert.Matches(@"入出力トークン数\s+未測定（期間内の利用ログがない）", text);
        Assert.Contains("未測定（期間内の業務時間の実測（timing）がない）", text, StringComparison.Ordinal);
        Assert.Contains("未測定（利用ログに評価（good/bad）がない）", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Tokens_without_any_count_show_no_zero_users_beside_not_measured()
    {
        KpiFindings findings = Core.Kpi.Findings.KpiFindingsBuilder.Build(
            HandMadeKpi.Sources(), [], [.. HandMadeKpi.Usage.Select(e => e with { InputTokens = null, OutputTokens = null })], [], HandMadeKpi.Inputs());

        string text = Text(Render(findings));

        Assert.Matches(@"入力トークン\s+－\s+未測定（トークン数の記録がない）", text);
        Assert.DoesNotMatch(@"入力トークン\s+0\s+未測定", text);
    }

    [Fact]
    public void Without_eligible_staff_shares_say_not_measured_never_zero()
    {
        string text = Text(Render(HandMadeKpi.UsageWithoutEligibleStaff()));

        Assert.Matches(@"2026-11\s+3 人\s+未測定（対象職員数がない）（2026-11-23までのデータ、下限）", text);
        Assert.DoesNotContain("0人", text, StringComparison.Ordinal);
        Assert.Matches(@"利用者満足度\s+未測定（期間内の職員アンケートがない）", text);
        Assert.Contains("単価未設定", text, StringComparison.Ordinal);
        // Without eligible staff no step of the funnel can be counted: 未測定, never a row of zeros.
        Assert.Matches(@"利用の段階（ファネル）\s+未測定（対象職員数が与えられていない）", text);
        Assert.DoesNotContain("利用したことがある", text, StringComparison.Ordinal);
        Assert.Contains("対象職員数（部署ごと）が与えられていないため", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sources_are_listed_with_kinds_rows_periods_and_harness_rows()
    {
        string text = Text(Render(HandMadeKpi.All()));

        Assert.Matches(@"利用ログ\s+usage-log\.csv\s+（標準の列名）\s+9\s+1\s+2026-10 〜 2026-12", text);
        Assert.Matches(@"職員アンケート\s+survey\.csv\s+survey-mapping\.yaml\s+8\s+－", text);
        Assert.Contains("19 人（3 部署）", text, StringComparison.Ordinal);
        Assert.Contains("指定なし（取り込んだデータ全体）; アンケートの回次 2026-10・2026-12、利用ログ 2026-10 〜 2026-11", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_is_self_contained_with_a_policy_that_runs_nothing_and_is_written_to_its_file()
    {
        var writer = new KpiReportWriter(_ => []);
        await writer.WriteAsync(HandMadeKpi.All(), folder.Path);
        string html = await File.ReadAllTextAsync(folder.File("kpi-report.html"));

        Assert.Equal("kpi-report.html", writer.FileName);
        Assert.Contains("<title>生成AI 実利用の成果指標（KPI）</title>", html, StringComparison.Ordinal);
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("sk1_", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_page_reads_the_same_under_a_decimal_comma_culture()
    {
        CultureInfo previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            string invariant = Render(HandMadeKpi.All());
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            string german = Render(HandMadeKpi.All());
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ja-JP");
            string japanese = Render(HandMadeKpi.All());

            Assert.Equal(invariant, german);
            Assert.Equal(invariant, japanese);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    private static string Render(KpiFindings findings) => new KpiReportWriter(_ => []).Render(findings);

    private static string Row(string html, string firstCell)
    {
        Match row = Regex.Match(html, $"<tr><td>{Regex.Escape(firstCell)}</td>.*?</tr>");
        Assert.True(row.Success, $"no row starting with {firstCell}");
        return row.Value;
    }
}
