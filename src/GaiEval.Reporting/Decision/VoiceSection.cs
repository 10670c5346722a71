namespace GaiEval.Reporting.Decision;

using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Measures;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Text;
using static GaiEval.Reporting.Decision.DecisionFigures;
using static GaiEval.Reporting.Text.KpiText;

/// <summary>利用者の声: satisfaction per survey wave, non-users apart with some of their reasons, satisfaction per use.</summary>
internal static class VoiceSection
{
    /// <summary>How many distinct non-users' reasons are quoted per wave, the most frequent first; the rest are counted.</summary>
    public const int ReasonsShown = 5;

    private static readonly string NoUserAnswer = NotMeasured("利用者の満足度の回答がない");

    public static void Write(DecisionMarkdown md, RunReport report)
    {
        md.Section("利用者の声");
        if (report.Kpi is not { } kpi)
        {
            md.ToFill("職員アンケートの結果（回答者数、満足度、役に立った・困った点の主な意見）を書いてください。テストセットでは測れません。");
            md.Blank();
            return;
        }

        if (kpi.Satisfaction is not { } satisfaction)
        {
            md.Bullet($"利用者満足度: {NotMeasured(KpiMetrics.WhyNotMeasured(kpi, KpiMetrics.SatisfactionTopTwo) ?? "アンケートがない")}");
            md.ToFill("職員アンケートの結果（回答者数、満足度、役に立った・困った点の主な意見）を書いてください。テストセットでは測れません。");
            md.Blank();
            return;
        }

        Satisfaction(md, satisfaction);
        NonUsers(md, satisfaction);
        if (kpi.LatestSatisfaction is { ByUse.Count: > 0 } latest)
        {
            md.Sub($"用途ごとの満足度（{MarkdownText.Escape(latest.Wave)}、その用途を選んだ利用者）");
            md.UntrustedTable(
                ["用途", "満足（4・5）の割合", "平均（1〜5）"],
                latest.ByUse.Select(g => (IReadOnlyList<string>)(g.Withheld
                    ? [g.Group, GroupSatisfaction.WithheldText, "－"]
                    : [g.Group, Percent(g.Figures.TopTwo), WithN(g.Figures.Mean, string.Empty)])));
        }

        md.ToFill("利用者の自由記述（役に立った点・困った点）の主な意見を整理して書いてください。満足度の数値は上のとおりで、利用者の自由記述は集計していません。");
        md.Blank();
    }

    private static void Satisfaction(DecisionMarkdown md, SatisfactionResult satisfaction)
    {
        md.Line("職員アンケートで「利用した」と答えた人の満足度です（1〜5、4・5を満足とします）。利用していない人は含めていません。");
        WaveSatisfaction first = satisfaction.Waves[0];
        md.Line($"方法: 満足の割合は {MarkdownText.Escape(first.Users.TopTwo.Method)}、平均は {MarkdownText.Escape(first.Users.Mean?.Method ?? "bootstrap")} の95%区間。{SatisfactionMeasure.ResponseRateMethod}。");
        md.Blank();
        md.Table(
            ["回次", "回答者", "回答率", "満足（4・5）の割合", "平均（1〜5）", "NPS（ポイント）"],
            satisfaction.Waves.Select(w => (IReadOnlyList<string>)
            [
                w.Wave,
                $"{Count(Respondents(w))}人",
                Headcounts.Of(w.ResponseRate.Total),
                w.Users.N > 0 ? Percent(w.Users.TopTwo) : NoUserAnswer,
                w.Users.N > 0 ? WithN(w.Users.Mean, string.Empty) : NoUserAnswer,
                w.Nps is { } nps ? WithN(nps, string.Empty, "+0.0;-0.0;0.0") : NotMeasured("推奨度の回答がない"),
            ]),
            new HashSet<int> { 1, 2, 3, 4, 5 });
        md.Table(
            ["回次", "1", "2", "3", "4", "5", "満足度が無回答"],
            satisfaction.Waves.Select(w => (IReadOnlyList<string>)[w.Wave, .. w.Users.Distribution.Select(Count), Count(w.Users.Blank)]),
            new HashSet<int> { 1, 2, 3, 4, 5, 6 });
    }

    private static void NonUsers(DecisionMarkdown md, SatisfactionResult satisfaction)
    {
        md.Sub("利用していない回答者（満足度とは分けて数えています）");
        md.Table(
            ["回次", "利用していない", "利用の有無が無回答", "理由の記述"],
            satisfaction.Waves.Select(w => (IReadOnlyList<string>)
                [w.Wave, $"{Count(w.NonUsers.NotUsed)}人", $"{Count(w.NonUsers.UseUnknown)}人", $"{Count(w.NonUsers.Comments.Count)}件"]),
            new HashSet<int> { 1, 2, 3 });
        List<IReadOnlyList<string>> reasons = [.. satisfaction.Waves.SelectMany(w => w.NonUsers.Comments
            .GroupBy(c => Excerpt(c, 80), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Take(ReasonsShown)
            .Select(g => (IReadOnlyList<string>)[w.Wave, g.Key, Count(g.Count())]))];
        if (reasons.Count > 0)
        {
            md.Line($"利用していない理由（自由記述、回次ごとに多い順に {ReasonsShown} 種類まで、原文の抜粋）:");
            md.Blank();
            md.UntrustedTable(["回次", "理由", "件数"], reasons);
        }
    }

    /// <summary>Everyone who answered the wave: users (rated or not), non-users and those who left "used" blank.</summary>
    private static int Respondents(WaveSatisfaction wave) => wave.Users.N + wave.Users.Blank + wave.NonUsers.NotUsed + wave.NonUsers.UseUnknown;
}
