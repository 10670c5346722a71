namespace GaiEval.Core.Decision;

using GaiEval.Core.Analysis.Risk;
using GaiEval.Core.Kpi.Findings;

/// <summary>
/// The metrics a plan's criteria may name (DESIGN.md "Verdict"). A criterion naming any other metric is a plan error.
/// Money is in the plan's <c>economics.currency</c> (yen in a municipal PoC). The metrics of the test run come first, then
/// those of the risk probes (<see cref="RiskMetrics"/>, scope all), then those of real use (<see cref="KpiMetrics"/>: the plan's
/// <c>kpi:</c> data, judged for <c>kpi.provider</c> only, scope all).
/// </summary>
public static class DecisionMetrics
{
    public const string Accuracy = "accuracy";
    public const string RefusalAccuracy = "refusal_accuracy";
    public const string TrapFailureRate = "trap_failure_rate";
    public const string ErrorRate = "error_rate";
    public const string LatencyP95Seconds = "latency_p95_s";
    public const string MonthlyCost = "monthly_cost";
    public const string CostPerCorrect = "cost_per_correct";
    public const string HoursSavedMonthly = "hours_saved_monthly";
    public const string NetBenefitMonthly = "net_benefit_monthly";

    /// <summary>The unit of shares (0 to 1); figures in it are written without a unit.</summary>
    public const string RatioUnit = "比率";

    public static IReadOnlyList<DecisionMetric> All { get; } =
    [
        new(Accuracy, "正答率", RatioUnit, GoodDirection.Higher, "正答 ÷ 採点済みの回答（ルールのない項目・送らなかった項目は除く）", "0.000"),
        new(RefusalAccuracy, "拒否の正答率", RatioUnit, GoodDirection.Higher, "断るべき依頼（expect: refuse）を断った割合", "0.000"),
        new(TrapFailureRate, "ハルシネーション罠の失敗率", RatioUnit, GoodDirection.Lower, "罠の項目（tags に trap）で禁止語（must_not_include）を答えた割合", "0.000"),
        new(ErrorRate, "エラー・タイムアウト率", RatioUnit, GoodDirection.Lower, "提供先の呼び出しがエラーまたはタイムアウトになった割合", "0.000"),
        new(LatencyP95Seconds, "応答時間（95パーセンタイル）", "秒", GoodDirection.Lower, "1問あたりの応答時間の95パーセンタイル", "0.00"),
        new(MonthlyCost, "月額費用", "円/月", GoodDirection.Lower, "計画の月間件数での変動費（トークン）と固定費の合計", "#,0"),
        new(CostPerCorrect, "正答1件あたりの費用", "円/件", GoodDirection.Lower, "月額費用 ÷ 月間の正答件数", "#,0.0"),
        new(HoursSavedMonthly, "削減業務時間", "時間/月", GoodDirection.Higher, "ゴールドセットによる推計（テスト実行の正誤から、月間件数のすべてをAIに回した場合）: Σ 業務分野の 月間件数 ÷ 項目数 × Σ 項目の（正答 × 手作業の分 − 確認の分）÷ 60。実利用の自己申告（hours_saved_per_month）とは別の値", "#,0.0"),
        new(NetBenefitMonthly, "月間純便益", "円/月", GoodDirection.Higher, "削減した人件費 − 月額費用", "#,0"),
        .. RiskMetrics.Names.Select(name => new DecisionMetric(
            name,
            RiskMetrics.Label(name),
            RatioUnit,
            RiskMetrics.HigherIsBetter(name) ? GoodDirection.Higher : GoodDirection.Lower,
            RiskMetrics.Description(name) + "（Wilson 区間。必要な採点がない回答は未判定として不利な側に数え、対象が0件なら未測定。scope: all のみ）",
            "0.000")),
        new(KpiMetrics.SatisfactionTopTwo, "利用者満足度（上位2段階の割合）", RatioUnit, GoodDirection.Higher, "職員アンケートの最新の回次で、利用したと答えた回答者のうち満足度 4・5 の割合（Wilson 区間）", "0.000"),
        new(KpiMetrics.SatisfactionMean, "利用者満足度（平均）", "点", GoodDirection.Higher, "職員アンケートの最新の回次で、利用したと答えた回答者の満足度（1〜5）の平均（ブートストラップ区間）", "0.00"),
        new(KpiMetrics.Nps, "NPS", "ポイント", GoodDirection.Higher, "職員アンケートの最新の回次で、推奨度（0〜10）が 9〜10 の割合 − 0〜6 の割合（−100〜100 ポイント、ブートストラップ区間）", "0.0"),
        new(KpiMetrics.ActiveShare, "利用者割合（月間アクティブ ÷ 対象職員）", RatioUnit, GoodDirection.Higher, "利用ログの最後の月の月間アクティブ利用者 ÷ 対象職員（評価ハーネスの利用は除く。全数のため区間なし。月の一部しかデータがなければ下限 [値, 1]、対象職員の一覧にない部署の利用者がいればその人数を足した割合までの区間で判定）", "0.000"),
        new(KpiMetrics.HabitualShare, "定着利用者の割合", RatioUnit, GoodDirection.Higher, "利用ログの最後の4週のうち3週以上利用した職員 ÷ 対象職員（評価ハーネスの利用は除く。全数のため区間なし。最後の週が途中まで・4週に満たなければ下限 [値, 1]、対象職員の一覧にない部署の利用者がいればその人数を足した割合までの区間で判定）", "0.000"),
        new(KpiMetrics.HoursSavedPerMonth, "削減業務時間（自己申告）", "時間/月", GoodDirection.Higher, "職員アンケートの最新の回次の自己申告（1回あたり削減時間 × 週あたり利用回数）を部署ごとに対象職員へ換算した月間の時間（ブートストラップ区間。回答者のいない部署があれば合計は少なめのため、区間の下限から上限なしで判定）。最新の回次に答えた利用者がいなければ未測定。ゴールドセットによる推計（hours_saved_monthly）とは別の値", "#,0.0"),
        new(KpiMetrics.MeasuredMinutesSaved, "削減時間（実測、1件あたり）", "分/件", GoodDirection.Higher, "業務時間の実測で、同じ作業の AIなし − AIあり（確認時間を含む）の1件あたりの平均（ブートストラップ区間）", "0.0"),
        new(KpiMetrics.BadFeedbackRate, "ユーザーの低評価の割合", RatioUnit, GoodDirection.Lower, "利用ログで評価（good/bad）のある利用のうち bad の割合（ユーザーの評価。評価ハーネスの利用は除く。Wilson 区間）", "0.000"),
    ];

    public static IReadOnlyList<string> Names { get; } = [.. All.Select(m => m.Name)];

    public static DecisionMetric? Find(string name) => All.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.Ordinal));

    /// <summary>The metric of a criterion read from a validated plan; throws for a name outside the vocabulary.</summary>
    public static DecisionMetric Get(string name) =>
        Find(name) ?? throw new ArgumentException($"判定に使えない指標です: {name}（使える指標: {string.Join(", ", Names)}）", nameof(name));
}
