namespace GaiEval.Core.Plans;

using GaiEval.Core.Decision;
using GaiEval.Core.Kpi.Findings;

/// <summary>
/// The values a decision metric can take (shares 0–1, satisfaction 1–5, NPS −100–100, times and costs from 0), and so the
/// thresholds a criterion may not use: one outside the range, one every value meets (<c>&gt;= 0</c> for a share) and one
/// no value meets (<c>&gt; 1</c>).
/// </summary>
internal sealed record CriterionValueRange(double Low, double? High)
{
    private static readonly CriterionValueRange Share = new(0, 1);
    private static readonly CriterionValueRange FromZero = new(0, null);

    /// <summary>The metric's range; null for metrics that may be any number (net benefit, hours saved by the gold set).</summary>
    public static CriterionValueRange? Of(DecisionMetric metric) => metric.Name switch
    {
        _ when metric.Unit == DecisionMetrics.RatioUnit => Share,
        KpiMetrics.SatisfactionMean => new(1, 5),
        KpiMetrics.Nps => new(-100, 100),
        DecisionMetrics.LatencyP95Seconds or DecisionMetrics.MonthlyCost or DecisionMetrics.CostPerCorrect or KpiMetrics.HoursSavedPerMonth => FromZero,
        _ => null,
    };

    /// <summary>Why the threshold cannot be used with <paramref name="op"/>, in Japanese; null when it can.</summary>
    public string? Problem(DecisionMetric metric, string? op, double value)
    {
        string name = $"{metric.Name}（{metric.Label}）";
        string given = $"（指定値: {DecisionMetric.FormatThreshold(value)}）";
        if (value < Low || value > High)
        {
            string hint = metric.Unit == DecisionMetrics.RatioUnit ? "。85% なら 0.85 と書いてください" : "";
            return $"{name}は {Describe(metric)}です{hint}{given}";
        }

        bool always = (op == ">=" && value == Low) || (op == "<=" && value == High);
        bool never = (op == ">" && value == High) || (op == "<" && value == Low);
        return always ? $"「{op} {DecisionMetric.FormatThreshold(value)}」はどの結果でも満たされ、判定になりません。{name}は {Describe(metric)}です{given}"
            : never ? $"「{op} {DecisionMetric.FormatThreshold(value)}」はどの結果でも満たされず、必ず不合格になります。{name}は {Describe(metric)}です{given}"
            : null;
    }

    private string Describe(DecisionMetric metric)
    {
        string unit = metric.Unit == DecisionMetrics.RatioUnit ? "比率" : metric.Unit;
        return High is { } high
            ? $"{DecisionMetric.FormatThreshold(Low)} から {DecisionMetric.FormatThreshold(high)} の{unit}"
            : $"{DecisionMetric.FormatThreshold(Low)} 以上の{unit}";
    }
}
