namespace GaiEval.Reporting.Review;

using System.Globalization;
using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Review;
using GaiEval.Reporting.Text;

/// <summary>
/// The sentences every report uses about the automatic scoring, in words a manager without statistics can act on, e.g.
/// 「判定者（模範解答との同等性）と人の判定の一致度（κ）0.52 [0.31, 0.73]、n=40: 0.6未満のため判定者だけに頼らないでください」.
/// Plain text: each writer escapes it for its format.
/// </summary>
internal static class ReliabilityText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The warning threshold as the reports print it: 0.6.</summary>
    public static string Threshold { get; } = ScorerAgreement.LowKappa.ToString("0.0#", Invariant);

    /// <summary>What kappa is, for the reader who has never met it.</summary>
    public static string KappaExplained { get; } =
        "一致度（κ、カッパ）は、自動採点と人の判定がどれだけ一致するかを、偶然に一致する分を除いて表す指標です（1 が完全な一致、0 は偶然と同じ程度）。"
        + $"{Threshold}未満（点推定）の採点は、それだけに頼らず人が確認してください。括弧内は95%区間で、採点数（n）が少ないほど広くなります。";

    /// <summary>0.52 [0.31, 0.73]; 計算できません when every answer fell in one category.</summary>
    public static string Kappa(Estimate kappa) =>
        kappa.Value is { } value ? $"{Two(value)} [{Two(kappa.Low)}, {Two(kappa.High)}]" : "計算できません";

    /// <summary>One sentence on one scorer: its kappa with the interval and n, and whether to rely on it alone.</summary>
    public static string Agreement(ScorerAgreement agreement) =>
        $"{ScorerNames.Scorer(agreement.Scorer, agreement.Metric)}と人の判定の一致度（κ）{Kappa(agreement.Kappa)}、n={agreement.N}: {Advice(agreement)}";

    /// <summary>What the reader should do about one scorer, e.g. 「0.6未満のため判定者だけに頼らないでください」.</summary>
    public static string Advice(ScorerAgreement agreement)
    {
        if (agreement.Kappa.Value is null)
        {
            return $"自動採点も人もすべて同じ判定のため一致度は計算できません（一致率 {Numbers.Percent(agreement.Agreement.Value)}）";
        }

        if (agreement.LowAgreement)
        {
            return $"{Threshold}未満のため{ScorerNames.Source(agreement.Scorer)}だけに頼らないでください";
        }

        return agreement.Kappa.Low < ScorerAgreement.LowKappa
            ? $"{Threshold}以上ですが、95%区間の下限が{Threshold}を下回るため人の確認を続けてください"
            : $"{Threshold}以上で、おおむね人の判定と一致しています";
    }

    /// <summary>「ルール 30件、判定者 5件、人 4件（うち自動採点を覆した 2件、自動採点のなかった 1件）、採点待ち 2件」 and the inconclusive judgements.</summary>
    public static string Origins(VerdictOrigins origins)
    {
        string human = origins.ByHuman == 0
            ? "人 0件"
            : $"人 {origins.ByHuman}件（うち自動採点を覆した {origins.HumanReversed}件、自動採点のなかった {origins.HumanOnly}件）";
        string text = $"ルール {origins.ByRules}件、判定者 {origins.ByJudge}件、{human}、採点待ち {origins.AwaitingReview}件";
        text = origins.RuleUndecided > 0 ? $"{text}、規則で判定保留 {origins.RuleUndecided}件" : text;
        return origins.JudgeInconclusive > 0 ? $"{text}、判定者が判定不能 {origins.JudgeInconclusive}件" : text;
    }

    /// <summary>
    /// The whole run in the counts every section uses: 「回答 380件のうち正誤が決まった 362件」 (the accuracy's denominator), who
    /// decided them, and the answers still waiting (採点待ち, 規則で判定保留), which the accuracy leaves out.
    /// </summary>
    public static string People(ScoringReliability reliability)
    {
        int human = reliability.Verdicts.Sum(v => v.ByHuman);
        int reversed = reliability.Verdicts.Sum(v => v.HumanReversed);
        int only = reliability.Verdicts.Sum(v => v.HumanOnly);
        string who = human == 0
            ? "正誤はルールまたは判定者（生成AIによる採点）が判定し、人の判定はまだありません。"
            : $"そのうち {human}件は人が判定しました（{reversed}件は自動採点の判定を覆し、{only}件は自動採点の判定がなかった回答です）。";
        return Decided(reliability.Verdicts) + who + Pending(reliability.Verdicts);
    }

    /// <summary>「回答 380件のうち正誤が決まった 362件を正答率に数えています。」 and <see cref="Pending"/>: what the accuracy counts.</summary>
    public static string Counted(IReadOnlyList<VerdictOrigins> verdicts) => Decided(verdicts) + Pending(verdicts);

    private static string Decided(IReadOnlyList<VerdictOrigins> verdicts) =>
        $"回答 {verdicts.Sum(v => v.Answered)}件のうち正誤が決まった {verdicts.Sum(v => v.Decided)}件を正答率に数えています。";

    /// <summary>「正誤が決まっていない 18件（採点待ち 16件、規則で判定保留 2件）は正答率に含めていません（判定者か人の採点が必要です）。」; empty when none.</summary>
    public static string Pending(IReadOnlyList<VerdictOrigins> verdicts)
    {
        int awaiting = verdicts.Sum(v => v.AwaitingReview);
        int undecided = verdicts.Sum(v => v.RuleUndecided);
        if (awaiting + undecided == 0)
        {
            return string.Empty;
        }

        List<string> parts = [];
        if (awaiting > 0)
        {
            parts.Add($"採点待ち {awaiting}件");
        }

        if (undecided > 0)
        {
            parts.Add($"規則で判定保留 {undecided}件");
        }

        return $"正誤が決まっていない {awaiting + undecided}件（{string.Join("、", parts)}）は正答率に含めていません（判定者か人の採点が必要です）。";
    }

    /// <summary>The models a judge answered with, e.g. 「gpt-4o-mini」; 「－」 when the server named none.</summary>
    public static string Models(JudgeUsage usage) => usage.Models.Count == 0 ? "－" : string.Join("、", usage.Models);

    /// <summary>「0.27 円（1 USD = 150 円で換算）」, or why there is no cost (料金未設定).</summary>
    public static string JudgeCost(JudgeUsage usage)
    {
        if (usage.Cost is not { } cost)
        {
            return usage.CostMessage ?? "－";
        }

        string converted = usage.PricingCurrency != usage.Currency && usage.ExchangeRate is { } rate
            ? $"（1 {usage.PricingCurrency} = {Numbers.Price(rate, usage.Currency)}で換算）"
            : string.Empty;
        return Numbers.Price(cost, usage.Currency) + converted;
    }

    /// <summary>
    /// One judge in one line: 「モデル gpt-4o-mini、回答 3件を判定、呼び出し 5回、入力 1,200・出力 300 トークン、応答時間 p50 850 ms・p95 1200 ms、
    /// 費用 0.27 円（1 USD = 150 円で換算）、1回答あたり 0.09 円」.
    /// </summary>
    public static string JudgeUsage(JudgeUsage usage)
    {
        string perAnswer = usage.CostPerAnswer is { } each ? $"、1回答あたり {Numbers.Price(each, usage.Currency)}" : string.Empty;
        return $"モデル {Models(usage)}、回答 {usage.AnswersJudged}件を判定、呼び出し {usage.Calls}回、"
            + $"入力 {Tokens(usage.InputTokens)}・出力 {Tokens(usage.OutputTokens)} トークン、"
            + $"応答時間 p50 {Numbers.Milliseconds(usage.LatencyP50Ms)}・p95 {Numbers.Milliseconds(usage.LatencyP95Ms)}、"
            + $"費用 {JudgeCost(usage)}{perAnswer}";
    }

    public static string Tokens(long count) => Numbers.Decimal(count, "#,0");

    private static string Two(double value) => value.ToString("0.00", Invariant);
}
