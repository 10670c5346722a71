namespace GaiEval.Core.Decision;

/// <summary>
/// The metrics a plan's criteria may name (DESIGN.md "Verdict"). A criterion naming any other metric is a plan error.
/// Money is in the plan's <c>economics.currency</c> (yen in a municipal PoC).
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
        new(HoursSavedMonthly, "削減業務時間", "時間/月", GoodDirection.Higher, "Σ 業務分野の 月間件数 ÷ 項目数 × Σ 項目の（正答 × 手作業の分 − 確認の分）÷ 60", "#,0.0"),
        new(NetBenefitMonthly, "月間純便益", "円/月", GoodDirection.Higher, "削減した人件費 − 月額費用", "#,0"),
    ];

    public static IReadOnlyList<string> Names { get; } = [.. All.Select(m => m.Name)];

    public static DecisionMetric? Find(string name) => All.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.Ordinal));

    /// <summary>The metric of a criterion read from a validated plan; throws for a name outside the vocabulary.</summary>
    public static DecisionMetric Get(string name) =>
        Find(name) ?? throw new ArgumentException($"判定に使えない指標です: {name}（使える指標: {string.Join(", ", Names)}）", nameof(name));
}
