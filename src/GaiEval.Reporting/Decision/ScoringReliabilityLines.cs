namespace GaiEval.Reporting.Decision;

using GaiEval.Core.Analysis.Review;
using GaiEval.Reporting.Review;
using GaiEval.Reporting.Text;

/// <summary>Under 出力品質: who decided the verdicts, how many human grades overrode the automatic ones, and the low-agreement warning.</summary>
internal static class ScoringReliabilityLines
{
    public static void Write(DecisionMarkdown md, ScoringReliability reliability)
    {
        md.Line(MarkdownText.Escape(ReliabilityText.People(reliability)));
        md.Blank();
        if (reliability.Agreements.Count == 0)
        {
            return;
        }

        foreach (ScorerAgreement agreement in reliability.Agreements)
        {
            string sentence = MarkdownText.Escape(ReliabilityText.Agreement(agreement)) + "。";
            md.Bullet(agreement.LowAgreement ? $"**注意**: {sentence}" : sentence);
        }

        md.Blank();
        md.Line(MarkdownText.Escape(ReliabilityText.KappaExplained));
        md.Blank();
    }
}
