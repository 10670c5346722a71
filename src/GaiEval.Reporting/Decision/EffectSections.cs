namespace GaiEval.Reporting.Decision;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Economics;
using GaiEval.Core.Reporting;
using static GaiEval.Reporting.Decision.DecisionFigures;

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
                md.Bullet(GaiEval.Reporting.Text.MarkdownText.Escape(note));
            }

            md.ToFill("計画ファイルの economics（業務分野ごとの月間件数、1時間あたり人件費）を設定して再集計するか、実際の業務で計測した削減時間を書いてください。");
            md.Blank();
            return;
        }

        string unit = CurrencyUnit(economics.Currency);
        md.Line($"算定方法: {economics.BasisLabel}。月間件数 ×（正答率 × 手作業の分 − 確認の分）÷ 60 で、月 {Number(economics.MonthlyVolume)} 件、人件費 {Money(economics.HourlyCost, economics.Currency ?? "JPY")}/時間として計算しました。区間は正答率の95%区間から求めています。");
        md.Blank();
        md.Table(
            ["方式", "削減時間（時間/月）", $"人件費換算（{unit}/月）", "計算に含めた件数/月", "含めなかった件数/月"],
            economics.Providers.Select(p => (IReadOnlyList<string>)
            [
                p.ProviderId, Amount(p.TimeSaved.MonthlyHours, "時間", "#,0.0"), Amount(p.TimeSaved.MonthlyPersonnelCost, unit),
                Number(p.TimeSaved.CoveredVolume), Number(p.TimeSaved.UncoveredVolume),
            ]),
            new HashSet<int> { 1, 2, 3, 4 });
        md.Image("削減時間", charts.TimeSaved);
        md.Sub("業務分野ごとの内訳");
        md.Table(
            ["方式", "業務分野", "件数/月", "手作業（分）", "確認（分）", "正答率", "削減時間（時間/月）"],
            economics.Providers.SelectMany(p => p.TimeSaved.Categories.Select(c => (IReadOnlyList<string>)
            [
                p.ProviderId, c.Category, Number(c.MonthlyVolume), Number(c.MeanHumanMinutes, "0.0"), Number(c.MeanReviewMinutes, "0.0"),
                Percent(c.Accuracy), Amount(c.MonthlyHours, "時間", "#,0.0"),
            ])),
            new HashSet<int> { 2, 3, 4, 5, 6 });
        foreach (CategoryNotEstimated gap in economics.Providers.SelectMany(p => p.TimeSaved.NotEstimated).DistinctBy(g => g.Message))
        {
            md.Bullet(GaiEval.Reporting.Text.MarkdownText.Escape(gap.Message));
        }

        md.Blank();
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
        ScoringReliabilityLines.Write(md, report.Reliability);
        md.Image("正答率", charts.Accuracy);
        GroupTable(md, "業務分野ごとの正答率", "業務分野", providers, p => p.AccuracyByCategory);
        GroupTable(md, "用途ごとの正答率", "用途", providers, p => p.AccuracyByUse);
        if (report.Analysis.Comparisons.Count > 0)
        {
            md.Sub("方式どうしの比較（同じ問への回答で比較）");
            foreach (PairedComparison comparison in report.Analysis.Comparisons)
            {
                md.Bullet(GaiEval.Reporting.Text.MarkdownText.Escape(comparison.Sentence));
            }

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
}
