namespace GaiEval.Reporting.Html;

using System.Text;
using GaiEval.Core.Analysis.Review;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Review;
using static GaiEval.Reporting.Html.HtmlText;

/// <summary>
/// Section 12: how far to trust the automatic scoring: each scorer's agreement with the human grades (kappa with its
/// interval, n, the 2×2 table) with a warning below 0.6, who decided each provider's verdicts, answers awaiting review,
/// the share of unsupported claims per provider, and what each judge used (calls, tokens, times, token cost).
/// </summary>
internal static class ReliabilitySection
{
    public static void Write(StringBuilder html, RunReport report)
    {
        ScoringReliability reliability = report.Reliability;
        html.AppendLine("<h3>自動採点と人の判定の一致度</h3>");
        WriteAgreements(html, reliability);
        html.AppendLine("<h3>正誤を判定したのは誰か</h3>");
        WriteOrigins(html, reliability);
        html.AppendLine("<h3>根拠のない記述の割合</h3>");
        WriteUnsupportedClaims(html, reliability);
        WriteJudgeUsage(html, reliability);
    }

    /// <summary>The warning under the accuracy table of section 3, when some scorer agrees poorly with people.</summary>
    public static void WriteAccuracyWarning(StringBuilder html, ScoringReliability reliability)
    {
        if (reliability.HasLowAgreement)
        {
            html.Append("<p class=\"warn\">").Append(E($"自動採点と人の判定の一致度（κ）が{ReliabilityText.Threshold}未満の採点があります（{(int)HtmlSection.ScoringReliability}. 自動採点の信頼性）。この正答率は自動採点だけに頼らず、人の確認で裏付けてください。"))
                .AppendLine("</p>");
        }
    }

    private static void WriteAgreements(StringBuilder html, ScoringReliability reliability)
    {
        if (reliability.Agreements.Count == 0)
        {
            html.AppendLine("<p>人の判定がまだないため、一致度は計算していません。<code>gaieval review export</code> で確認用の表を作り、職員が正答・部分・誤答を記入して <code>gaieval review import</code> で取り込むと、ここに自動採点との一致度が出ます。</p>");
            return;
        }

        foreach (ScorerAgreement low in reliability.Agreements.Where(a => a.LowAgreement))
        {
            html.Append("<p class=\"warn\"><strong>注意</strong>: ").Append(E(ReliabilityText.Agreement(low) + "。")).AppendLine("</p>");
        }

        var table = new HtmlTable(["自動採点", "判定者の提供先", "n", "一致率 [95%区間]", "一致度κ [95%区間]", "読み方"], [2, 3, 4]);
        foreach (ScorerAgreement a in reliability.Agreements)
        {
            table.Add(
                ScorerNames.Scorer(a.Scorer, a.Metric), a.JudgeProviders.Count == 0 ? "－" : string.Join("、", a.JudgeProviders), $"{a.N}",
                Share(a.Agreement), ReliabilityText.Kappa(a.Kappa), ReliabilityText.Advice(a));
        }

        table.WriteTo(html);
        html.Append("<p class=\"note\">").Append(E(ReliabilityText.KappaExplained + "人の判定の「部分」は誤答として数えます。")).AppendLine("</p>");
        foreach (ScorerAgreement a in reliability.Agreements)
        {
            html.Append("<h4>").Append(E($"{ScorerNames.Scorer(a.Scorer, a.Metric)}と人の判定（n={a.N}）")).AppendLine("</h4>");
            new HtmlTable(["自動採点＼人の判定", "人: 正答", "人: 誤答（部分を含む）"], [1, 2])
                .Add("自動採点: 正答", $"{a.BothCorrect}", $"{a.OnlyScorerCorrect}")
                .Add("自動採点: 誤答", $"{a.OnlyHumanCorrect}", $"{a.BothWrong}")
                .WriteTo(html);
        }

        html.AppendLine("<p class=\"note\">自動採点が正答とし人が誤答とした回答（右上）は、誤った回答を見逃す危険な食い違いです。</p>");
    }

    private static void WriteOrigins(StringBuilder html, ScoringReliability reliability)
    {
        var table = new HtmlTable(
            ["提供先", "回答", "正誤が決まった", "ルール", "判定者", "人", "うち自動採点を覆した", "うち自動採点のなかった", "採点待ち", "規則で判定保留", "判定者が判定不能"], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
        foreach (VerdictOrigins v in reliability.Verdicts)
        {
            table.Add(v.Name, $"{v.Answered}", $"{v.Decided}", $"{v.ByRules}", $"{v.ByJudge}", $"{v.ByHuman}", $"{v.HumanReversed}", $"{v.HumanOnly}", $"{v.AwaitingReview}", $"{v.RuleUndecided}", $"{v.JudgeInconclusive}");
        }

        html.Append("<p>").Append(E(ReliabilityText.People(reliability))).AppendLine("</p>");
        table.WriteTo(html);
        html.AppendLine("<p class=\"note\">正誤は、人の判定があればそれを、なければルール（必須語・禁止語・期待する振る舞い）を、ルールのない課題は判定者（生成AIによる採点）の判定を使います。"
            + "採点待ちは、ルールがなく判定者の採点も人の判定もない回答で、正答率に含めていません（判定者を使わない実行では自由記述の課題がここに入ります）。"
            + "規則で判定保留は、拒否しながら内容も答えている（漏れのある拒否）などルールでは正誤を決められず、判定者の採点も人の判定もまだない回答で、正答率に含めていません。"
            + "判定者が判定不能: 判定者の返答を読み取れず、その採点を使わなかった回答です。</p>");
    }

    private static void WriteUnsupportedClaims(StringBuilder html, ScoringReliability reliability)
    {
        if (!reliability.UnsupportedClaims.Any(u => u.HasFigures))
        {
            html.AppendLine("<p>この実行には、回答の記述を検索した資料と照合した結果がありません。</p>");
            return;
        }

        var table = new HtmlTable(["提供先", "資料にない事実を含む記述の割合（機械的な照合）[95%区間]", "根拠のない記述の割合（判定者）[95%区間]", "資料にない事実の数"], [1, 2, 3]);
        foreach (UnsupportedClaims u in reliability.UnsupportedClaims)
        {
            table.Add(u.Name, u.CheckedRate is { } c ? Share(c) : "－", u.JudgedRate is { } j ? Share(j) : "－", $"{u.UnsupportedFacts}");
        }

        table.WriteTo(html);
        html.AppendLine("<p class=\"note\">1回答ごとの割合の平均です（n は照合した回答の数）。機械的な照合は、回答中の金額・日付・電話番号・窓口名などが検索した資料に書かれているかを調べます。判定者の割合は、判定者が資料に裏付けがない、または資料と矛盾すると判断した記述の割合です。</p>");
    }

    private static void WriteJudgeUsage(StringBuilder html, ScoringReliability reliability)
    {
        if (reliability.JudgeUsage.Count == 0)
        {
            return;
        }

        html.AppendLine("<h3>判定者の利用量</h3>");
        var table = new HtmlTable(
            ["判定者", "モデル", "判定した回答", "呼び出し", "入力トークン", "出力トークン", "応答時間p50", "応答時間p95", "費用（トークン従量）", "1回答あたり"],
            [2, 3, 4, 5, 6, 7, 8, 9]);
        foreach (JudgeUsage u in reliability.JudgeUsage)
        {
            table.Add(
                u.Name, ReliabilityText.Models(u), $"{u.AnswersJudged}", $"{u.Calls}", ReliabilityText.Tokens(u.InputTokens), ReliabilityText.Tokens(u.OutputTokens),
                Text.Numbers.Milliseconds(u.LatencyP50Ms), Text.Numbers.Milliseconds(u.LatencyP95Ms), ReliabilityText.JudgeCost(u),
                u.CostPerAnswer is { } each ? Text.Numbers.Price(each, u.Currency) : "－");
        }

        table.WriteTo(html);
        html.AppendLine("<p class=\"note\">呼び出しは判定者に送った依頼の数で、返答を読み取れず依頼し直した分を含みます。1つの回答を複数の観点（採点基準、根拠との整合など）で採点すると、その分増えます。"
            + "応答時間は1回の採点（依頼し直しを含む）にかかった時間です。費用は判定者の料金（100万トークンあたりの単価）とトークン数から計算し、月額の固定費は含みません。</p>");
    }
}
