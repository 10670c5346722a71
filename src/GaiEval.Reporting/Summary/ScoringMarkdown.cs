namespace GaiEval.Reporting.Summary;

using System.Globalization;
using System.Text;
using GaiEval.Core.Analysis.Review;
using GaiEval.Reporting.Review;
using GaiEval.Reporting.Text;

/// <summary>
/// The 採点の内訳 block of summary.md: who decided each provider's verdicts, what each judge used and, with human grades, how
/// the automatic scorers agree with them.
/// </summary>
internal static class ScoringMarkdown
{
    public static void Append(StringBuilder md, ScoringReliability reliability)
    {
        md.AppendLine("## 採点の内訳");
        md.AppendLine();
        foreach (VerdictOrigins origins in reliability.Verdicts)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- `{MarkdownText.Escape(origins.ProviderId)}`: {MarkdownText.Escape(ReliabilityText.Origins(origins))}");
        }

        md.AppendLine();
        md.AppendLine("正誤は、人の判定があればそれを、なければルール、ルールのない課題は判定者（生成AIによる採点）の判定を使います。採点待ちの回答は正答率に含めていません。");
        AppendJudgeUsage(md, reliability);
        if (reliability.Agreements.Count == 0)
        {
            return;
        }

        md.AppendLine();
        md.AppendLine("| 自動採点 | n | 一致率 | 一致度κ [95%区間] |");
        md.AppendLine("|---|---:|---:|---:|");
        foreach (ScorerAgreement agreement in reliability.Agreements)
        {
            string[] cells =
            [
                ScorerNames.Scorer(agreement.Scorer, agreement.Metric), $"{agreement.N}", Numbers.Percent(agreement.Agreement.Value),
                ReliabilityText.Kappa(agreement.Kappa) + (agreement.LowAgreement ? " ⚠" : string.Empty),
            ];
            md.AppendLine("| " + string.Join(" | ", cells.Select(MarkdownText.Escape)) + " |");
        }

        md.AppendLine();
        foreach (ScorerAgreement low in reliability.Agreements.Where(a => a.LowAgreement))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"> **注意**: {MarkdownText.Escape(ReliabilityText.Agreement(low))}。");
        }

        if (reliability.HasLowAgreement)
        {
            md.AppendLine();
        }

        md.AppendLine(ReliabilityText.KappaExplained);
    }

    private static void AppendJudgeUsage(StringBuilder md, ScoringReliability reliability)
    {
        if (reliability.JudgeUsage.Count == 0)
        {
            return;
        }

        md.AppendLine();
        md.AppendLine("判定者の利用量（呼び出しは依頼し直しを含み、費用はトークン従量のみ）:");
        md.AppendLine();
        foreach (JudgeUsage usage in reliability.JudgeUsage)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- `{MarkdownText.Escape(usage.ProviderId)}`: {MarkdownText.EscapeUntrusted(ReliabilityText.JudgeUsage(usage))}");
        }
    }
}
