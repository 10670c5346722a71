namespace GaiEval.Reporting.Kpi;

using System.Text;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Measures;
using GaiEval.Reporting.Html;
using static GaiEval.Reporting.Kpi.KpiHtml;

/// <summary>正答率 from real use: the log's bad-feedback share, labelled ユーザーの評価 (not accuracy).</summary>
internal static class KpiFeedbackHtml
{
    public const string NotAccuracy = "利用者が回答に付けた評価（good/bad）であり、模範解答に照らした正答率ではありません。";

    public static void Write(StringBuilder html, KpiFindings findings, KpiDetailOptions options)
    {
        Heading(html, options.HeadingLevel, $"正答率（実利用: {FeedbackResult.Label}）", "kpi-feedback");
        if (findings.Feedback is not { } feedback)
        {
            NotMeasuredParagraph(html, KpiMetrics.WhyNotMeasured(findings, KpiMetrics.BadFeedbackRate) ?? "利用ログに評価（good/bad）がない");
            return;
        }

        var table = new HtmlTable(["評価のある利用", "good", "bad", $"bad の割合（{FeedbackResult.Label}）[95%区間]"], [0, 1, 2, 3]);
        table.Add(Count(feedback.Good + feedback.Bad), Count(feedback.Good), Count(feedback.Bad), PercentWithN(feedback.BadShare, "評価なし"));
        table.WriteTo(html);
        Paragraph(html, NotAccuracy + (options.Run is null ? string.Empty : $"テスト実行の正答率は「{(int)HtmlSection.Accuracy}. 正答率」にあります。"));
        Methods(html, [feedback.BadShare.Method]);
    }
}
