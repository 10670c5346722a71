namespace GaiEval.Reporting.Decision;

using GaiEval.Core.Analysis;
using GaiEval.Core.Reporting;
using GaiEval.Core.Results;
using GaiEval.Reporting.Text;
using static GaiEval.Reporting.Decision.DecisionFigures;

/// <summary>評価方法の限界: what the figures cannot say, from the run itself.</summary>
internal static class LimitsSection
{
    public static void Write(DecisionMarkdown md, RunReport report)
    {
        md.Section("評価方法の限界");
        RunAnalysis analysis = report.Analysis;
        md.Bullet($"結果は用意した {Count(analysis.ItemCount)} 問（反復 {analysis.Repeats} 回）に対するもので、実際の問い合わせの分布とは異なります。区間は95%で、問が少ないほど広くなります。");
        md.Bullet("正答は主にルール（含むべき語・含んではならない語・断るべきか）で機械的に判定しています。ルールは言い換えや、文章としての分かりやすさを評価しません。ルールのない課題を採点する判定者（生成AI）も誤ることがあり、人の判定との一致度は「出力品質」に示しています。");
        int withoutRule = analysis.Providers.Sum(p => p.Counts.WithoutRule);
        if (withoutRule > 0)
        {
            md.Bullet($"ルールのない自由記述の回答 {Count(withoutRule)} 件は採点していません（判定モデルまたは職員の採点が必要です）。");
        }

        if (report.Economics is { HasEconomics: true } economics)
        {
            md.Bullet(report.Kpi is { HasTimings: true }
                ? $"ゴールドセットによる削減時間は{economics.BasisLabel}で、実際の業務で計測した値ではありません（実業務での計測は「効果」に別に示し、合算していません）。確認の手間や習熟度によって変わります。"
                : $"削減時間は{economics.BasisLabel}で、実際の業務で計測した値ではありません。確認の手間や習熟度によって変わります。");
        }

        if (analysis.Providers.Any(p => p.Tokens.EstimatedShare.Value > 0))
        {
            md.Bullet("一部のトークン数は提供先が報告しなかったため、トークナイザーで推定しました。変動費はその分不確かです。");
        }

        if (report.Results.Run.Status != RunStatus.Scored)
        {
            md.Bullet("この実行は完了していません。保存済みの回答だけで集計しています。");
        }

        if (report.Knowledge?.Notice is { } knowledgeChanged)
        {
            md.Bullet(MarkdownText.Escape(knowledgeChanged));
        }

        foreach (string note in report.Notes.Concat(report.Economics?.Notes ?? []))
        {
            md.Bullet(MarkdownText.Escape(note));
        }

        if (report.Kpi is { } kpi)
        {
            KpiLimitLines.Write(md, kpi);
        }

        md.Blank();
    }
}
