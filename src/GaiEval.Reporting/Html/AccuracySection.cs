namespace GaiEval.Reporting.Html;

using System.Text;
using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Contamination;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Review;
using GaiEval.Reporting.Summary;
using static GaiEval.Reporting.Html.HtmlText;

/// <summary>Section 4: accuracy per provider, by 業務分野 and by 用途 (provider columns), and stability across repeats.</summary>
internal static class AccuracySection
{
    public static void Write(StringBuilder html, RunReport report)
    {
        IReadOnlyList<ProviderAnalysis> providers = report.Analysis.Providers;
        var table = new HtmlTable(["提供先", "導入方式", "正答率 [95%区間]", "採点", "未採点（ルールなし）", "規則で判定保留", "送信対象外", "エラー・タイムアウト", "未実行"], [2, 3, 4, 5, 6, 7, 8]);
        foreach (ProviderAnalysis p in providers)
        {
            CallCounts c = p.Counts;
            table.Add(p.Name, MethodNames.Japanese(p.Method), Share(p.Accuracy), $"{c.Scored}", $"{c.Unscored}（{c.WithoutRule}）", $"{c.RuleUndecided}", $"{c.Withheld}", $"{c.Failed}", $"{c.Missing}");
        }

        table.WriteTo(html);
        html.Append("<p class=\"note\">").Append(E(ReliabilityText.Counted(report.Reliability.Verdicts))).AppendLine("</p>");
        ReliabilitySection.WriteAccuracyWarning(html, report.Reliability);
        WriteRetrieval(html, providers);
        WriteSplitGaps(html, report.Analysis.SplitGaps);
        html.AppendLine("<h3>業務分野別</h3>");
        ByGroup(html, "業務分野", providers, p => p.AccuracyByCategory);
        html.AppendLine("<h3>用途別</h3>");
        ByGroup(html, "用途", providers, p => p.AccuracyByUse);
        if (providers.Any(p => p.Repeats is not null))
        {
            html.AppendLine("<h3>反復間の安定性</h3>");
            var repeats = new HtmlTable(["提供先", "全反復で正誤が一致した項目", "反復ごとの正答率", "標準偏差"], [1, 3]);
            foreach (ProviderAnalysis p in providers.Where(p => p.Repeats is not null))
            {
                RepeatAnalysis r = p.Repeats!;
                repeats.Add(p.Name, Share(r.Consistency), string.Join(" / ", r.AccuracyByRepeat.Select(a => Percent(a.Value))), Percent(r.AccuracyStandardDeviation));
            }

            repeats.WriteTo(html);
        }
    }

    /// <summary>検索の質: whether the gold sources were retrieved, so that a wrong answer reads as a retrieval miss or a generation error.</summary>
    private static void WriteRetrieval(StringBuilder html, IReadOnlyList<ProviderAnalysis> providers)
    {
        List<ProviderAnalysis> retrieving = [.. providers.Where(p => p.Retrieval is not null)];
        if (retrieving.Count == 0)
        {
            return;
        }

        html.AppendLine("<h3>検索の質（正解の出典を見つけたか）</h3>");
        var table = new HtmlTable(["提供先", "k", "recall@k [95%区間]", "MRR [95%区間]", "誤答のうち検索漏れ", "誤答のうち生成の誤り", "照合の単位"], [1, 2, 3, 4, 5]);
        foreach (ProviderAnalysis p in retrieving)
        {
            RetrievalQuality r = p.Retrieval!;
            table.Add(
                p.Name,
                $"{r.K}",
                r.RecallAtK.N == 0 ? "－（出典つきの項目の回答がない、n=0）" : Share(r.RecallAtK),
                r.MeanReciprocalRank is { } mrr ? $"{Figure(mrr, v => v.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture))}（n={mrr.N}）" : "－（n=0）",
                $"{r.RetrievalMisses}",
                $"{r.GenerationErrors}",
                r.DocumentLevel ? "文書（固定長分割のため見出しまでは照合できない）" : "見出し");
        }

        table.WriteTo(html);
        List<string> categories = [.. retrieving.SelectMany(p => p.Retrieval!.RecallByCategory).Select(g => g.Name).Distinct(StringComparer.Ordinal)];
        if (categories.Count > 1)
        {
            var byCategory = new HtmlTable(["業務分野（recall@k）", .. retrieving.Select(p => p.Name)], [.. Enumerable.Range(1, retrieving.Count)]);
            foreach (string category in categories)
            {
                byCategory.Add([category, .. retrieving.Select(p =>
                    p.Retrieval!.RecallByCategory.FirstOrDefault(g => g.Name == category) is { RecallAtK.N: > 0 } g ? Share(g.RecallAtK) : "－")]);
            }

            byCategory.WriteTo(html);
        }

        html.AppendLine("<p class=\"note\">出典（sources）のある項目について、検索した上位 k 件に正解の出典が入った割合（recall@k、Wilson 区間）と、最初に入った順位の逆数の平均（MRR、ブートストラップ区間）です。"
            + "誤答のうち、出典を見つけられなかったものを検索漏れ、見つけたのに誤ったものを生成の誤りとして数えます。</p>");
    }

    /// <summary>公開問と非公開問: a model that practised on the published items does better on them than on the hidden ones.</summary>
    private static void WriteSplitGaps(StringBuilder html, IReadOnlyList<SplitGap> gaps)
    {
        if (gaps.Count == 0)
        {
            return;
        }

        html.AppendLine("<h3>公開問と非公開問の正答率（練習・学習による汚染の兆候）</h3>");
        var table = new HtmlTable(["提供先", "公開問（public）[95%区間]", "非公開問（hidden）[95%区間]", "差（公開 − 非公開）[95%区間]", "p値（Fisher）", "未判定", "兆候"], [1, 2, 3, 4, 5]);
        foreach (SplitGap gap in gaps)
        {
            table.Add(
                gap.Name,
                Share(Estimate.FromProportion(gap.Public)),
                Share(Estimate.FromProportion(gap.Hidden)),
                gap.Difference.Value is { } d ? $"{Points(d)} [{Points(gap.Difference.Low)}, {Points(gap.Difference.High)}]" : "－（どちらかの判定済みの回答がない）",
                gap.PValue.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture),
                $"{gap.Undecided}",
                gap.Suspect ? "あり（公開問だけ良い）" : "なし");
        }

        table.WriteTo(html);
        html.AppendLine("<p class=\"note\">公開問は練習用に公開した問、非公開問は正式な実行でしか送らない問です。公開問だけで成績がよいのは、公開問で練習・学習した兆候です（差の区間が0より上で、p値が0.05未満なら「あり」）。非公開問のほうが難しければ全提供先で差が出るため、ベースラインの差とも比べてください。"
            + "公開問と非公開問は別の問なので、独立な2標本として比べています（Newcombe の区間と Fisher の正確検定。反復は1回目だけ）。兆候は確認のきっかけで、証明ではありません。</p>");
    }

    private static string Points(double value) => $"{value * 100:+0.0;-0.0;0.0} pt";

    private static void ByGroup(StringBuilder html, string label, IReadOnlyList<ProviderAnalysis> providers, Func<ProviderAnalysis, IReadOnlyList<GroupAccuracy>> groups)
    {
        List<string> names = [.. providers.SelectMany(groups).Select(g => g.Name).Distinct(StringComparer.Ordinal)];
        var table = new HtmlTable([label, .. providers.Select(p => p.Name)], [.. Enumerable.Range(1, providers.Count)]);
        foreach (string name in names)
        {
            table.Add([name, .. providers.Select(p => groups(p).FirstOrDefault(g => g.Name == name) is { } g ? Share(g.Accuracy) : "－")]);
        }

        table.WriteTo(html);
    }
}
