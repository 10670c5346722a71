namespace GaiEval.Core.Decision;

using GaiEval.Core.Analysis;
using GaiEval.Core.Plans;

/// <summary>A criterion and its figures in Japanese, as the reasons of verdicts write them.</summary>
public static class CriterionText
{
    /// <summary>The metric's label with its scope when the scope is not the whole set: 正答率, 正答率（業務分野「税」）.</summary>
    public static string Subject(Criterion criterion)
    {
        DecisionMetric metric = DecisionMetrics.Get(criterion.Metric);
        CriterionScope scope = CriterionScope.Of(criterion);
        return scope.Kind == ScopeKind.All ? metric.Label : $"{metric.Label}（{scope.Label}）";
    }

    /// <summary>The threshold with its operator and unit: ≥ 0.85, ≤ 8 秒.</summary>
    public static string Threshold(Criterion criterion) =>
        $"{VerdictNames.Operator(criterion.Op)} {WithUnit(DecisionMetrics.Get(criterion.Metric), DecisionMetric.FormatThreshold(criterion.Value))}";

    /// <summary>The whole criterion: 正答率 ≥ 0.85.</summary>
    public static string Statement(Criterion criterion) => $"{Subject(criterion)} {Threshold(criterion)}";

    /// <summary>
    /// The estimate with its interval: 0.912 [0.874, 0.940]; an exact figure without one: 120,000 円/月; an interval
    /// without an end (a lower bound): 1,234.5 [1,000.0, 上限なし] 時間/月.
    /// </summary>
    public static string Figure(DecisionMetric metric, Estimate estimate)
    {
        string value = estimate.Value is { } v ? metric.FormatValue(v) : "－";
        string figure = estimate.Low == estimate.High && estimate.Value == estimate.Low
            ? value
            : $"{value} [{End(metric, estimate.Low, "下限なし")}, {End(metric, estimate.High, "上限なし")}]";
        return WithUnit(metric, figure);
    }

    private static string End(DecisionMetric metric, double end, string unbounded) => double.IsInfinity(end) ? unbounded : metric.FormatValue(end);

    private static string WithUnit(DecisionMetric metric, string number) =>
        metric.Unit == DecisionMetrics.RatioUnit ? number : $"{number} {metric.Unit}";
}
