namespace GaiEval.Reporting.Decision;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Economics;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Measures;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Text;
using static GaiEval.Reporting.Decision.DecisionFigures;
using static GaiEval.Reporting.Text.KpiText;

/// <summary>効果（時間・人件費）, 出力品質.</summary>
internal static class EffectSections
{
    public static void TimeSaved(DecisionMarkdown md, RunReport report, DecisionCharts charts)
    {
        md.Section("効果（時間・人件費）");
        if (report.Economics is not { HasEconomics: true } economics)
        {
            md.Line("このデータからは削減時間を計算できませんでした。");
            md.Blank();
            foreach (string note in report.Notes.Concat(report.Economics?.Notes ?? []))
            {
                md.Bullet(MarkdownText.Escape(note));
            }

            if (report.Kpi is { } kpi)
            {
                KpiTimeSavedLines.Write(md, report, kpi);
            }

            if (!KpiTimeSavedLines.HasData(report.Kpi))
            {
                md.ToFill("計画ファイルの economics（業務分野ごとの月間件数、1時間あたり人件費）を設定して再集計するか、実際の業務で計測した削減時間を書いてください。");
            }

            md.Blank();
            return;
        }

        string unit = Numbers.CurrencyUnit(economics.Currency);
        string label = TimeSavedWording.Label(economics.BasisLabel, economics.Basis.Assumption());
        md.Line($"算定方法: {label}。月 {Number(economics.MonthlyVolume)} 件、人件費 {Money(economics.HourlyCost, economics.Currency ?? "JPY")}/時間として計算しました。");
        md.Line(MarkdownText.Escape(TimeSavedWording.Method));
        md.Line(MarkdownText.Escape(TimeSavedWording.Undecided));
        md.Blank();
        md.Table(
            ["方式", $"削減時間（時間/月、{economics.BasisLabel}・{economics.Basis.Assumption()}）", $"人件費換算（{unit}/月）", "計算に含めた件数/月", "含めなかった件数/月", "判定のない回答"],
            economics.Providers.Select(p => (IReadOnlyList<string>)
            [
                p.ProviderId, Amount(p.TimeSaved.MonthlyHours, "時間", "#,0.0"), Amount(p.TimeSaved.MonthlyPersonnelCost, unit),
                Number(p.TimeSaved.CoveredVolume), Number(p.TimeSaved.UncoveredVolume), UndecidedCell(p.TimeSaved),
            ]),
            new HashSet<int> { 1, 2, 3, 4 });
        md.Image("削減時間", charts.TimeSaved);
        md.Sub("業務分野ごとの内訳");
        md.Table(
            ["方式", "業務分野", "件数/月", "項目数", "正答（項目）", "判定待ち", "送信保留・失敗", "1件あたり削減（分）", "削減時間（時間/月）"],
            economics.Providers.SelectMany(p => p.TimeSaved.Categories.Select(c => (IReadOnlyList<string>)
            [
                p.ProviderId, c.Category, Number(c.MonthlyVolume), Count(c.ItemCount), Number(c.CorrectItems, "#,0.#"), Count(c.UndecidedAnswers),
                Count(c.UnansweredCalls), Amount(c.SavedMinutesPerTask, "分", "0.0"), Amount(c.MonthlyHours, "時間", "#,0.0"),
            ])),
            new HashSet<int> { 2, 3, 4, 5, 6, 7, 8 });
        foreach (CategoryNotEstimated gap in economics.Providers.SelectMany(p => p.TimeSaved.NotEstimated).DistinctBy(g => g.Message))
        {
            md.Bullet(MarkdownText.Escape(gap.Message));
        }

        md.Blank();
        if (report.Kpi is { } realUse)
        {
            KpiTimeSavedLines.Write(md, report, realUse);
            md.Blank();
        }
    }

    public static void Quality(DecisionMarkdown md, RunReport report, DecisionCharts charts)
    {
        md.Section("出力品質");
        md.Line("正答率は、正誤を判定できた回答のうち正答の割合です。正誤は人の判定、ルール（含むべき語・含んではならない語・断るべきか）、判定者（生成AIによる採点）の順に優先して決めています。95%区間が広いほど問の数が足りません。");
        md.Blank();
        IReadOnlyList<ProviderAnalysis> providers = report.Analysis.Providers;
        md.Table(
            ["方式", "正答率", "反復での一致率"],
            providers.Select(p => (IReadOnlyList<string>)[p.ProviderId, Percent(p.Accuracy), p.Repeats is { } r ? Percent(r.Consistency) : "－（反復1回）"]));
        if (report.Kpi is { } kpi)
        {
            UserFeedback(md, kpi);
        }

        RetrievalLines(md, providers);
        ScoringReliabilityLines.Write(md, report.Reliability);
        md.Image("正答率", charts.Accuracy);
        GroupTable(md, "業務分野ごとの正答率", "業務分野", providers, p => p.AccuracyByCategory);
        GroupTable(md, "用途ごとの正答率", "用途", providers, p => p.AccuracyByUse);
        if (report.Analysis.Comparisons.Count > 0)
        {
            md.Sub("方式どうしの比較（同じ問への回答で比較）");
            foreach (PairedComparison comparison in report.Analysis.Comparisons)
            {
                md.Bullet(MarkdownText.Escape(comparison.Sentence));
            }

            md.Blank();
        }
    }

    /// <summary>Whether each retrieving provider found the gold sources, and how its wrong answers split between retrieval and generation.</summary>
    private static void RetrievalLines(DecisionMarkdown md, IReadOnlyList<ProviderAnalysis> providers)
    {
        List<ProviderAnalysis> retrieving = [.. providers.Where(p => p.Retrieval is { RecallAtK.N: > 0 })];
        foreach (ProviderAnalysis p in retrieving)
        {
            RetrievalQuality r = p.Retrieval!;
            string unit = r.DocumentLevel ? "（固定長分割のため文書単位で照合）" : string.Empty;
            md.Bullet($"{MarkdownText.Escape(p.ProviderId)}: 検索した上位 {r.K} 件に正解の出典が入った割合 {Percent(r.RecallAtK)}{unit}。"
                + $"誤答のうち検索漏れ {Count(r.RetrievalMisses)} 件、出典を見つけたのに誤った回答（生成の誤り） {Count(r.GenerationErrors)} 件。");
        }

        if (retrieving.Count > 0)
        {
            md.Blank();
        }
    }

    private static void GroupTable(
        DecisionMarkdown md, string heading, string groupLabel, IReadOnlyList<ProviderAnalysis> providers, Func<ProviderAnalysis, IReadOnlyList<GroupAccuracy>> groups)
    {
        List<string> names = [.. providers.SelectMany(groups).Select(g => g.Name).Distinct(StringComparer.Ordinal)];
        if (names.Count == 0)
        {
            return;
        }

        md.Sub(heading);
        md.Table(
            [groupLabel, .. providers.Select(p => p.ProviderId)],
            names.Select(name => (IReadOnlyList<string>)
            [
                name,
                .. providers.Select(p => groups(p).FirstOrDefault(g => g.Name == name)?.Accuracy is { } a ? Percent(a) : "－"),
            ]));
    }

    /// <summary>The log's good/bad share: what users thought of the answers, not the test run's accuracy.</summary>
    private static void UserFeedback(DecisionMarkdown md, KpiFindings kpi)
    {
        if (kpi.Feedback is not { } feedback)
        {
            md.Bullet($"{FeedbackResult.Label}（利用ログの good/bad）: {NotMeasured(KpiMetrics.WhyNotMeasured(kpi, KpiMetrics.BadFeedbackRate) ?? "評価がない")}");
            md.Blank();
            return;
        }

        md.Bullet($"{FeedbackResult.Label}（利用ログの good/bad、正答率ではありません）: bad の割合 {Percent(feedback.BadShare)}。good {Count(feedback.Good)}件、bad {Count(feedback.Bad)}件。"
            + $"方法: {MarkdownText.Escape(feedback.BadShare.Method)}。"
            + (feedback.HarnessRows > 0 ? $"評価ハーネスの {Count(feedback.HarnessRows)} 行は含めていません。" : string.Empty));
        md.Blank();
    }

    private static string UndecidedCell(TimeSaved saved) =>
        saved.UndecidedAnswers == 0 && saved.UnansweredCalls == 0 ? "なし" : $"判定待ち {saved.UndecidedAnswers}・送信保留/失敗 {saved.UnansweredCalls}";
}
