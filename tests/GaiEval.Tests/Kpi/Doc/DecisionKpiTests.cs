namespace GaiEval.Tests.Kpi.Doc;

using System.Text.RegularExpressions;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Decision;
using GaiEval.Reporting.Summary;
using GaiEval.Tests.Reporting.Decision;
using GaiEval.Tests.Support;

public sealed class DecisionKpiTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Fills_usage_from_the_log_with_shares_funnel_retention_and_harness_rows_apart()
    {
        Dictionary<string, string> sections = Sections(await RenderAsync(HandMadeKpis.All()));

        string usage = sections["利用状況"];
        Assert.Contains("| 2026-10 | 3人 | 2人 / 20人（10.0%） | 25.0% | 3 |", usage, StringComparison.Ordinal);
        // The log's last real use is Monday 2026-11-23: November and its last week are counted only in part.
        Assert.Contains("| 2026-11（2026-11-23までのデータ、下限） | 4人 | 3人 / 20人（15.0%） |", usage, StringComparison.Ordinal);
        Assert.Contains("### 部署ごとの利用者割合（2026-11（2026-11-23までのデータ、下限））", usage, StringComparison.Ordinal);
        Assert.Contains("| 総務課 | 1人 / 10人（10.0%） |", usage, StringComparison.Ordinal);
        Assert.Contains("| 税務課 | 2人 / 5人（40.0%） |", usage, StringComparison.Ordinal);
        Assert.Contains("| 福祉課 | 0人 / 5人（0.0%） |", usage, StringComparison.Ordinal);
        Assert.Contains("| 企画課 | 1人（対象職員数がないため割合は未測定） |", usage, StringComparison.Ordinal);
        Assert.Contains("| 期間中に一度でも利用 | 4人 | 20.0% |", usage, StringComparison.Ordinal);
        Assert.Contains("| 最終月（2026-11）に利用（2026-11-23までのデータ、下限） | 3人 | 15.0% |", usage, StringComparison.Ordinal);
        Assert.Contains("2026-W45・2026-W46・2026-W47・2026-W48 のうち3週以上）（2026-11-23までのデータ、下限） | 1人 | 5.0% |", usage, StringComparison.Ordinal);
        Assert.Contains("対象職員の一覧にない部署の利用者 1人", usage, StringComparison.Ordinal);
        Assert.Contains("| 2026-10 | 3人 | 2026-11: 66.7%（95%区間 ", usage, StringComparison.Ordinal);
        Assert.Contains("評価ハーネス自身の 2 行は利用者・利用回数に数えず", usage, StringComparison.Ordinal);
        Assert.DoesNotContain(DecisionDocumentWriter.ToFillMark, usage, StringComparison.Ordinal);
        Assert.DoesNotContain("自己申告", usage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fills_the_voice_of_users_per_wave_with_non_users_apart_and_their_reasons_escaped()
    {
        string voice = Sections(await RenderAsync(HandMadeKpis.All()))["利用者の声"];

        Assert.Contains("| 2026-10 | 6人 | 6人 / 20人（30.0%） | 66.7%（95%区間 ", voice, StringComparison.Ordinal);
        // NPS is signed, as in report.html: 0 stays 0.0, its bounds carry their sign.
        Assert.Matches(@"66\.7%（95%区間 [\d.]+%〜[\d.]+%、n=3） \| 3\.67（95%区間 [\d.]+〜[\d.]+、n=3） \| 0\.0（95%区間 -[\d.]+〜\+[\d.]+、n=3） \|", voice);
        Assert.Contains("| 2026-10 | 0 | 1 | 0 | 1 | 1 | 1 |", voice, StringComparison.Ordinal);
        Assert.Contains("| 2026-10 | 1人 | 1人 | 1件 |", voice, StringComparison.Ordinal);
        Assert.Contains(@"| 2026-10 | \<b\>時間がない\</b\>\|\[忙しい\]\(javascript\:x\) | 1 |", voice, StringComparison.Ordinal);
        RenderedMarkdown.AssertNoInjectedMarkup(RenderedMarkdown.ToHtml(voice));
        Assert.Contains("| 要約 | 回答者5人未満のため非表示 | － |", voice, StringComparison.Ordinal);

        // Only the qualitative summary is left to write: no KPI of the survey is 要記入.
        string toFill = Assert.Single(Lines(voice), l => l.Contains(DecisionDocumentWriter.ToFillMark, StringComparison.Ordinal));
        Assert.Contains("主な意見", toFill, StringComparison.Ordinal);
        Assert.DoesNotContain("満足度）を書いてください", toFill, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quotes_each_non_users_reason_once_with_its_count_the_most_frequent_first()
    {
        Core.Kpi.SurveyResponse NonUser(string key, string? reason) => new() { Wave = "2026-12", Respondent = key, Department = "総務課", Used = false, Comment = reason };
        Core.Kpi.Findings.KpiFindings kpi = Core.Kpi.Findings.KpiFindingsBuilder.Build(
            [],
            [NonUser("k1", "研修がない"), NonUser("k2", "忙しい"), NonUser("k3", "忙しい"), NonUser("k4", null)],
            [],
            [],
            HandMadeKpis.Inputs);

        string voice = Sections(await RenderAsync(kpi))["利用者の声"];

        Assert.Contains("| 2026-12 | 忙しい | 2 |\n| 2026-12 | 研修がない | 1 |", voice, StringComparison.Ordinal);
        Assert.Contains("| 2026-12 | 4人 | 4人 / 20人（20.0%） | 未測定（利用者の満足度の回答がない） | 未測定（利用者の満足度の回答がない） | 未測定（推奨度の回答がない） |", voice, StringComparison.Ordinal);
        Assert.Contains("| 2026-12 | 4人 | 0人 | 3件 |", voice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shows_the_three_time_saved_methods_side_by_side_with_personnel_cost_as_time_freed()
    {
        Dictionary<string, string> sections = Sections(await RenderAsync(HandMadeKpis.All()));

        string effect = sections["効果（時間・人件費）"];
        Assert.Matches(@"\| ゴールドセットによる推計（テスト実行）: cloud \| [\d,.]+ 時間/月", effect);
        Assert.Contains("| 自己申告（職員アンケート 2026-10） | 28.9 時間/月（95%区間 ", effect, StringComparison.Ordinal);
        // r1, r2, r4 gave both bands and r5 did not use it (0 minutes): 4 respondents; r3 (blank band) and r6 (blank "used") apart.
        Assert.Contains("回答 4人（うち利用していない 1人は0分）、無回答 2人、回答率 6人 / 20人（30.0%）", effect, StringComparison.Ordinal);
        Assert.Contains("帯は下限で換算", effect, StringComparison.Ordinal);
        Assert.Contains("| 人件費換算（自己申告の時間 × 時間単価） | 86,667 円/月（95%区間 ", effect, StringComparison.Ordinal);
        Assert.Contains("空く時間の金額換算。支出が減るわけではありません", effect, StringComparison.Ordinal);
        Assert.Contains("| 実測（業務時間の計測、全体） | 10.5分/件（95%区間 ", effect, StringComparison.Ordinal);
        Assert.Contains("| 実測: 住民票・戸籍 | 12.0分/件（95%区間 ", effect, StringComparison.Ordinal);
        Assert.Matches(@"\| 実測: 税務 \| 6\.0分/件（n=1） \| 1件 \|", effect);
        Assert.Contains("自己申告: 回答者のいない部署（福祉課）は外挿していません", effect, StringComparison.Ordinal);
        Assert.Contains("実測とゴールドセットによる推計（cloud）の1件あたり削減は、共通の業務分野 1 のうち 0 分野で95%区間が重なり、1 分野で重なりません（住民票・戸籍）。", effect, StringComparison.Ordinal);
        Assert.DoesNotContain(DecisionDocumentWriter.ToFillMark, effect, StringComparison.Ordinal);

        Assert.Matches(@"ユーザーの評価（利用ログの good/bad、正答率ではありません）: bad の割合 33\.3%（95%区間 [\d.]+%〜[\d.]+%、n=3）", sections["出力品質"]);
        Assert.Contains("評価ハーネスの 2 行は含めていません", sections["出力品質"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sets_real_use_tokens_and_cost_beside_the_test_runs_monthly_estimate()
    {
        Dictionary<string, string> sections = Sections(await RenderAsync(HandMadeKpis.All()));

        string cost = sections["コスト"];
        Assert.Contains("| 2026-10 | 3 | 3人 | 30,000 | 15,000 | 10,000（n=3） | 5,000（n=3） | 60 |", cost, StringComparison.Ordinal);
        Assert.Contains("| 2026-11 | 7 | 4人 | 60,000 | 35,000 | 10,000（n=6） | 5,000（n=7） | 130 |", cost, StringComparison.Ordinal);
        Assert.Contains("| 期間全体 | 10 | 5人 | 90,000 | 50,000 |", cost, StringComparison.Ordinal);
        Assert.Contains("テスト実行の推計では cloud は1回あたり入力", cost, StringComparison.Ordinal);
        Assert.Contains("実利用の最終月（2026-11）は 7 回、130 円でした", cost, StringComparison.Ordinal);

        string limits = sections["評価方法の限界"];
        Assert.Contains("usage-log.csv（利用ログ、12 行、うち評価ハーネス 2 行、2026-10-05T01:00:00Z〜2026-11-23T01:00:00Z）", limits, StringComparison.Ordinal);
        Assert.Contains("survey.csv（職員アンケート、6 行", limits, StringComparison.Ordinal);
        Assert.Contains("timings.csv（業務時間の実測、4 行、期間なし）", limits, StringComparison.Ordinal);
        Assert.Contains("最後の月（2026-11）はログの最終日 2026-11-23 までのデータです", limits, StringComparison.Ordinal);
        Assert.DoesNotContain("未測定の指標", limits, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Test_run_tokens_nobody_reported_are_not_measured_rather_than_zero()
    {
        RunReport report = await PlannedRun.BuildAsync(folder, "お答えできません。");
        Core.Analysis.Economics.EconomicsAnalysis economics = report.Economics!;
        economics = economics with
        {
            Providers = [.. economics.Providers.Select(p => p.ProviderId == "cloud" ? p with { Cost = p.Cost with { MeanInputTokens = null } } : p)],
        };

        string cost = Sections(new DecisionDocumentWriter().Render(report with { Economics = economics, Kpi = HandMadeKpis.All() }))["コスト"];

        Assert.Contains("テスト実行の推計では cloud は1回あたり入力 未測定（トークン数の報告がない）・出力 ", cost, StringComparison.Ordinal);
        Assert.DoesNotContain("1回あたり入力 0・", cost, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_survey_and_no_log_labels_the_users_share_self_reported_and_the_log_figures_not_measured()
    {
        string markdown = await RenderAsync(HandMadeKpis.SurveyOnly());
        Dictionary<string, string> sections = Sections(markdown);

        string usage = sections["利用状況"];
        Assert.Contains("未測定（期間内の利用ログ（評価ハーネス以外）がない）", usage, StringComparison.Ordinal);
        Assert.Contains("| 2026-10 | 80.0%（95%区間 ", usage, StringComparison.Ordinal);
        Assert.Contains("利用したと答えた割合（自己申告）", usage, StringComparison.Ordinal);
        Assert.DoesNotContain(DecisionDocumentWriter.ToFillMark, usage, StringComparison.Ordinal);
        Assert.Contains("入出力トークン数: 未測定（期間内の利用ログがない）", sections["コスト"], StringComparison.Ordinal);
        Assert.Contains("ユーザーの評価（利用ログの good/bad）: 未測定（利用ログに評価（good/bad）がない）", sections["出力品質"], StringComparison.Ordinal);
        Assert.Contains("| 実測（業務時間の計測） | 未測定（期間内の業務時間の実測（timing）がない） |", sections["効果（時間・人件費）"], StringComparison.Ordinal);
        Assert.Contains("未測定の指標 `active_share`: 期間内の利用ログ（評価ハーネス以外）がない。", sections["評価方法の限界"], StringComparison.Ordinal);
        Assert.DoesNotContain("| 0人 |", usage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_eligible_staff_shares_and_the_funnel_are_not_measured_rather_than_zero()
    {
        Core.Kpi.Findings.KpiFindings kpi = Core.Kpi.Findings.KpiFindingsBuilder.Build(
            [], HandMadeKpis.Survey, HandMadeKpis.Usage, [], HandMadeKpis.Inputs with { EligibleStaff = new Dictionary<string, int>() });

        Dictionary<string, string> sections = Sections(await RenderAsync(kpi));

        string usage = sections["利用状況"];
        Assert.Contains("| 2026-11（2026-11-23までのデータ、下限） | 4人 | 未測定（対象職員数がない） |", usage, StringComparison.Ordinal);
        Assert.Contains("利用の広がり（対象職員 → 利用経験 → 最終月の利用 → 定着）: 未測定（対象職員数（kpi.eligible_staff）が与えられていない）", usage, StringComparison.Ordinal);
        Assert.DoesNotContain("| 0人", usage, StringComparison.Ordinal);
        // The effect table carries staff's category names, so every cell is escaped as untrusted (renders as kpi.eligible_staff).
        Assert.Contains(@"| 自己申告（職員アンケート） | 未測定（対象職員数（kpi.eligible\_staff）が与えられていない） |", sections["効果（時間・人件費）"], StringComparison.Ordinal);
        Assert.Contains("| 2026-10 | 6人 | 未測定（対象職員数がない） | 66.7%", sections["利用者の声"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Department_category_and_use_names_from_staff_exports_cannot_become_links()
    {
        const string Hostile = "[x](javascript:alert(1))";
        const string Absent = "[y](javascript:alert(2))";
        const string Unknown = "[z](javascript:alert(3))";
        Core.Kpi.SurveyResponse Answer(string key, string department) =>
            Kpi.Findings.KpiRecords.User("2026-10", key, department, 4) with
            {
                Uses = [Hostile],
                MinutesSavedPerUse = Core.Kpi.Band.Exact(10, "10"),
                UsesPerWeek = Core.Kpi.Band.Exact(1, "1"),
            };
        Core.Kpi.Findings.KpiFindings kpi = Core.Kpi.Findings.KpiFindingsBuilder.Build(
            [],
            [.. Enumerable.Range(1, 5).Select(i => Answer($"k{i}", Hostile)), Answer("k6", Unknown)],
            [Kpi.Findings.KpiRecords.Request("u1", Hostile, 2026, 10, 30)],
            [Kpi.Findings.KpiRecords.Timing(Hostile, 20, 10)],
            HandMadeKpis.Inputs with { EligibleStaff = new Dictionary<string, int>(StringComparer.Ordinal) { [Hostile] = 10, [Absent] = 5 } });

        string markdown = await RenderAsync(kpi);

        Assert.DoesNotContain("](javascript:", markdown, StringComparison.Ordinal);
        Dictionary<string, string> sections = Sections(markdown);
        const string Escaped = @"\[x\]\(javascript\:alert\(1\)\)";
        Assert.Contains($"| {Escaped} | 1人 / 10人（10.0%） |", sections["利用状況"], StringComparison.Ordinal);
        Assert.Contains($"| {Escaped} | 100.0%（95%区間 ", sections["利用者の声"], StringComparison.Ordinal);
        Assert.Contains($"| 実測: {Escaped} | 10.0分/件（n=1） |", sections["効果（時間・人件費）"], StringComparison.Ordinal);
        Assert.Contains(@"回答者のいない部署（\[y\]\(javascript\:alert\(2\)\)）", sections["効果（時間・人件費）"], StringComparison.Ordinal);
        Assert.Contains(@"対象職員の一覧にない部署（\[z\]\(javascript\:alert\(3\)\)）", sections["効果（時間・人件費）"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_timings_the_limits_no_longer_say_time_saved_was_never_measured_in_real_work()
    {
        RunReport report = await PlannedRun.BuildAsync(folder, "お答えできません。");
        string withTimings = Sections(new DecisionDocumentWriter().Render(report with { Kpi = HandMadeKpis.All() }))["評価方法の限界"];
        string surveyOnly = Sections(new DecisionDocumentWriter().Render(report with { Kpi = HandMadeKpis.SurveyOnly() }))["評価方法の限界"];

        Assert.Contains("ゴールドセットによる削減時間は", withTimings, StringComparison.Ordinal);
        Assert.Contains("実業務での計測は「効果」に別に示し、合算していません", withTimings, StringComparison.Ordinal);
        Assert.DoesNotContain("- 削減時間は", withTimings, StringComparison.Ordinal);
        Assert.Contains("- 削減時間は", surveyOnly, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_kpis_the_usage_and_voice_stay_to_fill_and_no_kpi_text_appears()
    {
        RunReport report = await PlannedRun.BuildAsync(folder, "お答えできません。");

        string markdown = new DecisionDocumentWriter().Render(report);

        Dictionary<string, string> sections = Sections(markdown);
        Assert.Contains(DecisionDocumentWriter.ToFillMark, sections["利用状況"], StringComparison.Ordinal);
        Assert.Contains("職員アンケートの結果（回答者数、満足度、役に立った・困った点の主な意見）を書いてください。", sections["利用者の声"], StringComparison.Ordinal);
        // 安全性 says, on its own subject, that the risk probes were not measured (this run has none); no KPI text says so.
        Assert.All(sections.Where(s => s.Key != "安全性"), s => Assert.DoesNotContain("未測定", s.Value, StringComparison.Ordinal));
        Assert.Contains("リスク検査プローブがないため", sections["安全性"], StringComparison.Ordinal);
        Assert.DoesNotContain("実利用", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_no_staff_key_and_only_the_sections_no_data_can_fill_are_left_to_fill()
    {
        string markdown = await RenderAsync(HandMadeKpis.All());

        foreach (string key in HandMadeKpis.StaffKeys)
        {
            Assert.DoesNotContain(key, markdown, StringComparison.Ordinal);
        }

        Assert.Equal(
            ["目的と範囲", "利用者の声", "良かった点と課題", "ガバナンス"],
            [.. Sections(markdown).Where(s => s.Value.Contains(DecisionDocumentWriter.ToFillMark, StringComparison.Ordinal)).Select(s => s.Key)]);
    }

    [Fact]
    public async Task Summary_md_gives_one_line_of_headline_kpis_and_what_was_not_measured()
    {
        RunReport report = await PlannedRun.BuildAsync(folder, "お答えできません。");

        string all = SummaryMarkdownWriter.Render(report with { Kpi = HandMadeKpis.All() });
        string surveyOnly = SummaryMarkdownWriter.Render(report with { Kpi = HandMadeKpis.SurveyOnly() });
        string none = SummaryMarkdownWriter.Render(report);

        string line = Assert.Single(Lines(all), l => l.StartsWith("- 実利用のKPI", StringComparison.Ordinal));
        Assert.Contains("満足（4・5）の割合（2026-10） 66.7%（95%区間 ", line, StringComparison.Ordinal);
        Assert.Contains("利用者割合（2026-11） 3人 / 20人（15.0%）（利用ログの全数）（2026-11-23までのデータ、下限）", line, StringComparison.Ordinal);
        Assert.Matches(@"削減時間（自己申告）（2026-10） 28\.9 時間/月（95%区間 [\d.,]+〜[\d.,]+）（回答 4人、回答率 6人 / 20人（30\.0%））", line);
        Assert.Contains("削減時間（実測） 10.5分/件（95%区間 ", line, StringComparison.Ordinal);
        Assert.Contains("ユーザーの評価（bad の割合） 33.3%", line, StringComparison.Ordinal);
        Assert.DoesNotContain("未測定", line, StringComparison.Ordinal);
        string partial = Assert.Single(Lines(surveyOnly), l => l.StartsWith("- 実利用のKPI", StringComparison.Ordinal));
        Assert.Contains("利用したと答えた割合（自己申告、2026-10） 80.0%（95%区間 ", partial, StringComparison.Ordinal);
        Assert.Contains("未測定: 削減時間（実測）（期間内の業務時間の実測（timing）がない）、ユーザーの評価（bad の割合）（利用ログに評価（good/bad）がない）", partial, StringComparison.Ordinal);
        Assert.DoesNotContain("実利用のKPI", none, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Sections(string markdown) =>
        Regex.Split(markdown, @"^## \d+\. ", RegexOptions.Multiline).Skip(1)
            .ToDictionary(s => s[..s.IndexOf('\n', StringComparison.Ordinal)], s => s);

    private static string[] Lines(string text) => text.Split('\n');

    private async Task<string> RenderAsync(Core.Kpi.Findings.KpiFindings kpi)
    {
        RunReport report = await PlannedRun.BuildAsync(folder, "お答えできません。");
        return new DecisionDocumentWriter().Render(report with { Kpi = kpi });
    }
}
