namespace GaiEval.Reporting.Kpi;

using System.Text;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Measures;
using GaiEval.Reporting.Charts;
using GaiEval.Reporting.Html;
using GaiEval.Reporting.Text;
using static GaiEval.Reporting.Html.HtmlText;
using static GaiEval.Reporting.Kpi.KpiHtml;
using static GaiEval.Reporting.Text.KpiText;

/// <summary>利用者満足度 per wave, per department and per use; non-users apart with their comments.</summary>
internal static class KpiSatisfactionHtml
{
    public const int CommentsShown = 20;

    public const string TopTwoMethod = "上位2段階の割合 = 満足度4・5と答えた利用者 ÷ 満足度に答えた利用者（利用していない回答者は含めない）";

    private static readonly string[] Scores = ["1点", "2点", "3点", "4点", "5点"];

    public static void Write(StringBuilder html, KpiFindings findings, KpiDetailOptions options)
    {
        Heading(html, options.HeadingLevel, "利用者満足度", "kpi-satisfaction");
        if (findings.Satisfaction is not { } satisfaction)
        {
            NotMeasuredParagraph(html, KpiMetrics.WhyNotMeasured(findings, KpiMetrics.SatisfactionTopTwo) ?? "期間内の職員アンケートがない");
            return;
        }

        Charts(html, options, KpiSatisfactionChart.FileStem);
        bool anyNps = satisfaction.Waves.Any(w => w.Nps is not null);
        var table = new HtmlTable(
            ["回次", "回答者", "利用者（満足度の回答）", .. Scores, "上位2段階の割合 [95%区間]", "平均 [95%区間]", "回答率（対象職員比）", .. anyNps ? new[] { "NPS [95%区間]" } : []],
            [.. Enumerable.Range(1, anyNps ? 11 : 10)]);
        foreach (WaveSatisfaction wave in satisfaction.Waves)
        {
            SatisfactionFigures users = wave.Users;
            int respondents = users.N + users.Blank + wave.NonUsers.NotUsed + wave.NonUsers.UseUnknown;
            List<string> cells =
            [
                wave.Wave,
                Count(respondents),
                users.Blank > 0 ? $"{Count(users.N)}（空欄 {Count(users.Blank)}）" : Count(users.N),
                .. users.Distribution.Select(d => Count(d)),
                PercentWithN(users.N == 0 ? null : users.TopTwo, "利用者の満足度の回答がない"),
                WithN(users.Mean, v => Number(v, "0.00"), "利用者の満足度の回答がない"),
                Headcounts.Of(wave.ResponseRate.Total),
            ];
            if (anyNps)
            {
                cells.Add(WithN(wave.Nps, v => Numbers.Signed(v) + " ポイント", "推奨度の回答がない"));
            }

            table.Add([.. cells]);
        }

        html.AppendLine("<p>回次ごとの満足度（1点〜5点の列は、満足度に答えた利用者の人数）</p>");
        table.WriteTo(html);
        List<WaveSatisfaction> waves = [.. satisfaction.Waves];
        Methods(html, [
            $"{TopTwoMethod}; {waves.Select(w => w.Users.TopTwo.Method).FirstOrDefault()} 95%区間",
            .. waves.Select(w => w.Users.Mean is { } mean ? $"平均: 満足度（1〜5）の平均、{mean.Method}" : null),
            SatisfactionMeasure.ResponseRateMethod,
            .. waves.Select(w => w.Nps?.Method)]);
        if (!anyNps)
        {
            Paragraph(html, "NPS: " + NotMeasured("アンケートに推奨度（recommend, 0〜10）の回答がない"));
        }

        foreach (WaveSatisfaction wave in satisfaction.Waves)
        {
            WriteWave(html, wave);
        }
    }

    private static void WriteWave(StringBuilder html, WaveSatisfaction wave)
    {
        OpenDetails(html, $"{wave.Wave}: 部署別・用途別・利用していない回答者");
        html.AppendLine("<p>部署別（利用者の満足度と、回答者全体の回答率）</p>");
        var departments = new HtmlTable(["部署", "回答者", "対象職員", "回答率", "利用者（満足度の回答）", "上位2段階の割合 [95%区間]", "平均 [95%区間]"], [1, 2, 3, 4, 5, 6]);
        foreach (DepartmentRate rate in wave.ResponseRate.Departments.Concat(wave.ResponseRate.UnknownDepartments))
        {
            GroupSatisfaction? group = wave.ByDepartment.FirstOrDefault(g => g.Group == rate.Department);
            string[] satisfaction = group switch
            {
                null => [rate.Count == 0 ? "回答者なし" : "利用者なし", "－", "－"],
                { Withheld: true } => [GroupSatisfaction.WithheldText, "－", "－"],
                { Figures: var figures } =>
                [
                    Count(figures.N),
                    PercentWithN(figures.N == 0 ? null : figures.TopTwo, "満足度の回答がない"),
                    WithN(figures.Mean, v => Number(v, "0.00"), "満足度の回答がない"),
                ],
            };
            departments.Add(
            [
                rate.Department,
                Count(rate.Count),
                rate.Eligible is { } eligible ? Count(eligible) : "（対象職員の表にない部署）",
                rate.Rate is { } r ? Percent(r.Value) : NotMeasured(rate.Eligible is null ? "対象職員数が不明" : "対象職員0人"),
                .. satisfaction,
            ]);
        }

        departments.WriteTo(html);
        if (wave.ByUse.Count > 0)
        {
            html.AppendLine("<p>用途別（複数選択の回答は選んだ用途それぞれに数えます）</p>");
            var uses = new HtmlTable(["用途", "利用者（満足度の回答）", .. Scores, "上位2段階の割合 [95%区間]", "平均 [95%区間]"], [.. Enumerable.Range(1, 8)]);
            foreach (GroupSatisfaction use in wave.ByUse)
            {
                if (use.Withheld)
                {
                    uses.Add([use.Group, GroupSatisfaction.WithheldText, .. Scores.Select(_ => "－"), "－", "－"]);
                    continue;
                }

                uses.Add([use.Group, Count(use.Figures.N), .. use.Figures.Distribution.Select(d => Count(d)),
                    PercentWithN(use.Figures.N == 0 ? null : use.Figures.TopTwo, "満足度の回答がない"),
                    WithN(use.Figures.Mean, v => Number(v, "0.00"), "満足度の回答がない")]);
            }

            uses.WriteTo(html);
        }

        NonUsers non = wave.NonUsers;
        html.Append("<p>利用していない回答者 ").Append(Count(non.NotUsed)).Append(" 人、利用の有無が空欄 ").Append(Count(non.UseUnknown))
            .AppendLine(" 人（どちらも満足度の集計には含めていません）。</p>");
        if (non.Comments.Count > 0)
        {
            html.AppendLine("<p>利用していない理由（自由記述）:</p>");
            List<string> shown = [.. non.Comments.Take(CommentsShown)];
            List(html, shown, "comments");
            if (non.Comments.Count > shown.Count)
            {
                Paragraph(html, $"ほか {non.Comments.Count - shown.Count} 件の記述は省略しています。");
            }
        }

        CloseDetails(html);
    }
}
