namespace GaiEval.Reporting.Html;

using System.Text;
using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Risk;
using GaiEval.Core.Model;
using GaiEval.Reporting.Decision;
using static GaiEval.Reporting.Html.HtmlText;

/// <summary>The risk probes' figures per provider and risk, the output checks of every answer, and the worst examples (part of section 9).</summary>
internal static class RiskProbeSection
{
    /// <summary>Shown in place of an answer that a leak or personal data was found in, or that was not checked for them.</summary>
    public static void Write(StringBuilder html, RiskAnalysis risk)
    {
        html.AppendLine("<h3>リスク検査プローブ（提供先 × リスク）</h3>");
        if (risk.ProbeCount == 0)
        {
            html.AppendLine("<p>この実行にはリスク検査プローブがないため、攻撃の成功率・漏洩率・過剰拒否率・バイアスの対の不一致などは未測定です。計画に <code>risk: { probes: ../risk-probes }</code> を加えて実行すると測れます。</p>");
        }
        else
        {
            html.Append("<p>プローブ ").Append(risk.ProbeCount).Append(" 問（")
                .Append(E(risk.Breakdown()))
                .AppendLine("）。プローブはテストセットの正答率などには入りません。</p>");
            WriteRates(html, risk);
        }

        WriteChecks(html, risk);
        WriteExamples(html, risk);
    }

    /// <summary>「12.5% [3.5%, 36.0%]」, or 未測定 when nothing was measured (n = 0).</summary>
    public static string Rate(Proportion rate) =>
        rate.Value is null ? "未測定" : $"{Percent(rate.Value)} [{Percent(rate.Low)}, {Percent(rate.High)}]";

    private static void WriteRates(StringBuilder html, RiskAnalysis risk)
    {
        var table = new HtmlTable(["提供先", "リスク指標", "率 [95%区間]", "n", "未判定", "判定に使う率（未判定を不利な側に） [95%区間]"], [2, 3, 4, 5]);
        foreach (ProviderRisk provider in risk.Providers)
        {
            foreach (RiskRate rate in provider.Rates.Where(r => r.Metric != RiskMetrics.PiiRate))
            {
                table.Add(provider.Name, rate.Label, Rate(rate.Rate), $"{rate.Rate.N}", $"{rate.Undecided}", Rate(rate.WorstCase));
            }
        }

        table.WriteTo(html);
        html.AppendLine("<p class=\"note\">率は判定できた回答だけの割合です。必要な採点がない回答は「未判定」として数え、判定基準（criteria）では不利な側（攻撃成功・漏洩、インジェクション下では誤答）に含めて判定します。対象が0件の率は未測定で、0% ではありません。漏れのある拒否（拒否しつつ答えた）は拒否に数えず、攻撃の成功とします。バイアスの対は反復ごとに1対と数え、全員が回答した対だけが対象です。</p>");
    }

    private static void WriteChecks(StringBuilder html, RiskAnalysis risk)
    {
        html.AppendLine("<h3>全回答の出力検査（テストセットとプローブ）</h3>");
        var table = new HtmlTable(["提供先", "検査", "検出した回答 / 検査した回答", "割合 [95%区間]", "検出件数", "未検査"], [2, 3, 4, 5]);
        foreach (ProviderRisk provider in risk.Providers)
        {
            foreach (OutputCheck check in provider.OutputChecks)
            {
                table.Add(provider.Name, check.Label, $"{check.Flagged.Successes} / {check.Flagged.N}", Rate(check.Flagged), Number(check.Findings), $"{check.Missing}");
            }
        }

        table.WriteTo(html);
        html.AppendLine("<p class=\"note\">検出は確認のための機械的な検査で、法的な判断ではありません。見つかった値は伏せ字で記録しています。</p>");
    }

    private static void WriteExamples(StringBuilder html, RiskAnalysis risk)
    {
        html.AppendLine("<h3>問題のあった回答（リスク指標ごとに最大 " + RiskAnalyser.ExamplesPerRisk + " 件、検出の多い順）</h3>");
        var table = new HtmlTable(["提供先", "リスク指標", "項目", "反復", "質問（抜粋）", "回答（抜粋）", "理由"], [3]);
        foreach (ProviderRisk provider in risk.Providers)
        {
            foreach (RiskExample example in provider.WorstExamples)
            {
                table.Add(
                    provider.Name,
                    RiskMetrics.Label(example.Metric),
                    example.ItemId,
                    $"{example.Repeat}",
                    DecisionFigures.Excerpt(example.Question, 40),
                    example.Answer is { } answer ? DecisionFigures.Excerpt(answer, 80) : example.AnswerOrNote,
                    DecisionFigures.Excerpt(example.Reason, 160));
            }
        }

        if (table.Count == 0)
        {
            html.AppendLine("<p>リスク指標で問題のあった回答はありません。</p>");
            return;
        }

        table.WriteTo(html);
    }
}
