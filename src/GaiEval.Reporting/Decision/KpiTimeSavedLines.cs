namespace GaiEval.Reporting.Decision;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Economics;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Measures;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Text;
using static GaiEval.Reporting.Decision.DecisionFigures;
using static GaiEval.Reporting.Text.KpiText;

/// <summary>
/// 効果 by its three methods side by side, never merged: the gold-set estimate of the test run, the survey's
/// self-reported time and the measured time-and-motion difference.
/// </summary>
internal static class KpiTimeSavedLines
{
    private const string GoldSet = "ゴールドセットによる推計（テスト実行）";

    public static bool HasData(KpiFindings? kpi) => kpi is not null && (kpi.SelfReportedTime.Count > 0 || kpi.HasTimings);

    public static void Write(DecisionMarkdown md, RunReport report, KpiFindings kpi)
    {
        md.Sub("3つの方法による削減時間（並べて示し、合算していません）");
        md.Line("方法ごとに対象と前提が違います（ゴールドセットは計画の月間件数をAIに回した場合、自己申告は対象職員全体の業務、実測は計測した作業1件）。単位もそろえていないため、足し合わせたり平均したりしないでください。");
        md.Blank();
        List<IReadOnlyList<string>> rows = [.. GoldSetRows(report, kpi)];
        rows.AddRange(SelfReportedRows(kpi));
        rows.AddRange(MeasuredRows(kpi));
        md.UntrustedTable(["方法", "削減時間", "根拠（n・回答率）", "算定方法"], rows, new HashSet<int> { 1 });
        if (kpi.LatestSelfReportedTime is { } wave)
        {
            if (wave.NotExtrapolated.Count > 0)
            {
                md.Bullet($"自己申告: 回答者のいない部署（{MarkdownText.EscapeUntrusted(string.Join("、", wave.NotExtrapolated))}）は外挿していません。その分、月間の合計は少なめです。");
            }

            if (wave.UnknownDepartments.Count > 0)
            {
                md.Bullet($"自己申告: 対象職員の一覧にない部署（{MarkdownText.EscapeUntrusted(string.Join("、", wave.UnknownDepartments))}）の回答は全体への換算に使っていません。");
            }
        }

        md.Bullet(MarkdownText.EscapeUntrusted(Agreement(report, kpi)));
    }

    /// <summary>The test run's estimate: the KPI provider's when it has one, otherwise every provider's.</summary>
    private static IEnumerable<IReadOnlyList<string>> GoldSetRows(RunReport report, KpiFindings kpi)
    {
        if (report.Economics is not { HasEconomics: true } economics)
        {
            return [[GoldSet, NotMeasured("計画に economics がない"), "－", "－"]];
        }

        return GoldSetProviders(economics, kpi).Select(p => (IReadOnlyList<string>)
        [
            $"{GoldSet}: {p.ProviderId}",
            Amount(p.TimeSaved.MonthlyHours, "時間/月", "#,0.0"),
            $"{Count(p.TimeSaved.Categories.Sum(c => c.ItemCount))}問",
            TimeSavedWording.Label(p.TimeSaved.BasisLabel, p.TimeSaved.Assumption),
        ]);
    }

    private static IEnumerable<IReadOnlyList<string>> SelfReportedRows(KpiFindings kpi)
    {
        if (kpi.LatestSelfReportedTime is not { } wave)
        {
            yield return ["自己申告（職員アンケート）", NotMeasured(KpiMetrics.WhyNotMeasured(kpi, KpiMetrics.HoursSavedPerMonth) ?? "回答がない"), "－", "－"];
            yield break;
        }

        string basis = $"回答 {Count(wave.Answered + wave.NotUsed)}人（うち利用していない {Count(wave.NotUsed)}人は0分）、無回答 {Count(wave.BlankBands + wave.UseUnknown)}人、回答率 {Headcounts.Of(wave.ResponseRate.Total)}";
        yield return [$"自己申告（職員アンケート {wave.Wave}）", Amount(wave.HoursPerMonth, "時間/月", "#,0.0"), basis, wave.Method];
        yield return
        [
            "人件費換算（自己申告の時間 × 時間単価）",
            wave.PersonnelCost is { } cost ? $"{Amount(cost, kpi.Assumptions.Currency + "/月")}（空く時間の金額換算。支出が減るわけではありません）" : NotMeasured("時間単価が与えられていない"),
            "自己申告の行と同じ",
            kpi.Assumptions.HourlyCost is { } hourly ? $"自己申告の削減時間（区間も）× 時間単価 {Number(hourly)} {kpi.Assumptions.Currency}" : "－",
        ];
    }

    private static IEnumerable<IReadOnlyList<string>> MeasuredRows(KpiFindings kpi)
    {
        if (kpi.MeasuredTime is not { } measured)
        {
            yield return ["実測（業務時間の計測）", NotMeasured(KpiMetrics.WhyNotMeasured(kpi, KpiMetrics.MeasuredMinutesSaved) ?? "計測がない"), "－", "－"];
            yield break;
        }

        yield return ["実測（業務時間の計測、全体）", WithN(measured.Overall, "分/件", "0.0"), $"{Count(measured.Overall?.N ?? 0)}件", measured.Overall?.Method ?? measured.Method];
        foreach (CategoryTimeDifference category in measured.Categories)
        {
            yield return [$"実測: {category.Category}", WithN(category.MeanMinutesSaved, "分/件", "0.0"), $"{Count(category.MeanMinutesSaved.N)}件", "同上（業務分野ごと）"];
        }
    }

    /// <summary>How far the methods agree, per task category both the measurement and the gold set cover; never a merged figure.</summary>
    private static string Agreement(RunReport report, KpiFindings kpi)
    {
        List<string> parts = [];
        if (kpi.MeasuredTime is { } measured && report.Economics is { HasEconomics: true } economics)
        {
            foreach (ProviderEconomics provider in GoldSetProviders(economics, kpi))
            {
                List<(string Category, bool Overlap)> compared = [.. measured.Categories
                    .Select(category => (category, Gold: provider.TimeSaved.Categories.FirstOrDefault(c => c.Category == category.Category)))
                    .Where(x => x.Gold is not null && x.category.MeanMinutesSaved.Value is not null && x.Gold.SavedMinutesPerTask.Value is not null)
                    .Select(x => (x.category.Category, x.category.MeanMinutesSaved.Low <= x.Gold!.SavedMinutesPerTask.High && x.Gold.SavedMinutesPerTask.Low <= x.category.MeanMinutesSaved.High))];
                if (compared.Count > 0)
                {
                    List<string> apart = [.. compared.Where(c => !c.Overlap).Select(c => c.Category)];
                    List<string> together = [.. compared.Where(c => c.Overlap).Select(c => c.Category)];
                    parts.Add($"実測とゴールドセットによる推計（{provider.ProviderId}）の1件あたり削減は、共通の業務分野 {compared.Count} のうち "
                        + $"{together.Count} 分野で95%区間が重なり{Named(together)}、{apart.Count} 分野で重なりません{Named(apart)}。"
                        + (apart.Count > 0 ? "重ならない分野では、どちらかの前提が実際の業務と違う可能性があります。" : string.Empty));
                }
            }

            if (parts.Count == 0)
            {
                parts.Add("実測とゴールドセットによる推計に共通の業務分野がないため、1件あたりの削減時間は比べられません。");
            }
        }

        if (kpi.LatestSelfReportedTime is not null)
        {
            parts.Add("自己申告は対象職員全体の月間時間で、ゴールドセットによる推計・実測とは対象が違うため、数値の一致は確かめられません。");
        }

        return parts.Count == 0 ? "方法どうしを比べられるデータがありません。" : "方法どうしの一致: " + string.Concat(parts);
    }

    private static string Named(IReadOnlyList<string> categories) => categories.Count == 0 ? string.Empty : $"（{string.Join("、", categories)}）";

    private static IEnumerable<ProviderEconomics> GoldSetProviders(EconomicsAnalysis economics, KpiFindings kpi) =>
        economics.Providers.Any(p => p.ProviderId == kpi.Provider) ? economics.Providers.Where(p => p.ProviderId == kpi.Provider) : economics.Providers;
}
