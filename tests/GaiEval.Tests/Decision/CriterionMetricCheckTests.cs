namespace GaiEval.Tests.Decision;

using GaiEval.Core.Decision;
using GaiEval.Core.Inputs;
using GaiEval.Core.Plans;
using GaiEval.Tests.Plans;

/// <summary>The plan reader accepts only the decision metrics, each with an operator that points its good way.</summary>
public sealed class CriterionMetricCheckTests : IDisposable
{
    /// <summary>A plan naming whose real use its KPI data is, so that criteria may name KPI metrics (two lines more than Minimal).</summary>
    private const string WithKpiProvider = PlanFolder.Minimal + "kpi:\n  provider: p1\n";

    private readonly PlanFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Rejects_a_misspelt_metric_with_its_line_and_the_closest_name()
    {
        folder.SingleError(
            PlanFolder.Minimal + "criteria:\n  - { metric: accuracy, op: \">=\", value: 0.8 }\n  - { metric: refusal_acuracy, op: \">=\", value: 0.9 }\n",
            10,
            "criteria[1].metric",
            "「refusal_accuracy」のことですか");
    }

    [Fact]
    public void Rejects_an_unknown_metric_listing_every_known_one_when_none_is_close()
    {
        InputError error = folder.SingleError(
            PlanFolder.Minimal + "criteria:\n  - metric: bleu\n    op: \">=\"\n    value: 0.3\n", 9, "criteria[0].metric", "判定に使えない指標です");

        Assert.All(DecisionMetrics.Names, name => Assert.Contains(name, error.Message, StringComparison.Ordinal));
        Assert.Contains("「bleu」", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("trap_failure_rate", "\">=\"", "低いほど良い指標です。op は <= か < にしてください")]
    [InlineData("latency_p95_s", "\">\"", "低いほど良い指標です。op は <= か < にしてください")]
    [InlineData("accuracy", "\"<\"", "高いほど良い指標です。op は >= か > にしてください")]
    [InlineData("hours_saved_monthly", "\"<=\"", "高いほど良い指標です。op は >= か > にしてください")]
    public void Rejects_an_operator_that_points_the_metric_s_bad_way(string metric, string op, string expected)
    {
        folder.SingleError(PlanFolder.Minimal + $"criteria:\n  - metric: {metric}\n    op: {op}\n    value: 0.5\n", 10, "criteria[0].op", expected);
    }

    [Theory]
    [InlineData("accuracy", "\">=\"", "85")]
    [InlineData("trap_failure_rate", "\"<=\"", "-0.1")]
    public void Rejects_a_share_threshold_outside_0_to_1(string metric, string op, string value)
    {
        folder.SingleError(
            PlanFolder.Minimal + $"criteria:\n  - metric: {metric}\n    op: {op}\n    value: {value}\n", 11, "criteria[0].value", $"0 から 1 の比率です。85% なら 0.85 と書いてください（指定値: {value}）");
    }

    [Fact]
    public void Accepts_thresholds_beyond_1_for_seconds_hours_and_money()
    {
        EvalPlan plan = folder.Load(PlanFolder.Minimal + "criteria:\n  - { metric: latency_p95_s, op: \"<=\", value: 8 }\n  - { metric: monthly_cost, op: \"<\", value: 300000 }\n");

        Assert.Equal([8, 300000], plan.Criteria.Select(c => c.Value));
    }

    [Theory]
    [InlineData("satisfaction_top2", "\">=\"", "category:税")]
    [InlineData("bad_feedback_rate", "\"<=\"", "use:文書作成")]
    public void Rejects_a_kpi_metric_scoped_to_anything_but_all_with_its_line(string metric, string op, string scope)
    {
        InputError error = folder.SingleError(
            WithKpiProvider + $"criteria:\n  - metric: {metric}\n    op: {op}\n    value: 0.5\n    scope: \"{scope}\"\n", 14, "criteria[0].scope", "は実利用データの指標で、scope: all でだけ判定できます");

        Assert.Contains($"（指定値: 「{scope}」）", error.Message, StringComparison.Ordinal);
        Assert.StartsWith(metric, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("satisfaction_mean", "0.8", "1 から 5 の点です（指定値: 0.8）")]
    [InlineData("satisfaction_mean", "6", "1 から 5 の点です（指定値: 6）")]
    [InlineData("nps", "120", "-100 から 100 のポイントです（指定値: 120）")]
    public void Rejects_a_satisfaction_or_nps_threshold_off_its_scale(string metric, string value, string expected)
    {
        folder.SingleError(
            WithKpiProvider + $"criteria:\n  - metric: {metric}\n    op: \">=\"\n    value: {value}\n", 13, "criteria[0].value", expected);
    }

    [Fact]
    public void Accepts_kpi_metrics_on_scope_all_and_their_own_units()
    {
        EvalPlan plan = folder.Load(
            WithKpiProvider + "criteria:\n  - { metric: active_share, op: \">=\", value: 0.3, scope: all }\n  - { metric: hours_saved_per_month, op: \">=\", value: 500 }\n  - { metric: nps, op: \">\", value: -10 }\n");

        Assert.Equal(["active_share", "hours_saved_per_month", "nps"], plan.Criteria.Select(c => c.Metric));
        Assert.Equal([0.3, 500, -10], plan.Criteria.Select(c => c.Value));
        Assert.All(plan.Criteria, c => Assert.Equal("all", c.Scope));
    }

    [Fact]
    public void Accepts_every_metric_of_the_vocabulary_with_both_of_its_good_operators()
    {
        string lines = string.Concat(DecisionMetrics.All.SelectMany(m => m.GoodOperators.Select(op =>
            $"  - {{ metric: {m.Name}, op: \"{op}\", value: {(m.Name == "satisfaction_mean" ? "3" : "0.5")}, required: false }}\n")));

        EvalPlan plan = folder.Load(WithKpiProvider + "criteria:\n" + lines);

        Assert.Equal(DecisionMetrics.All.Count * 2, plan.Criteria.Count);
        Assert.Equal(
            DecisionMetrics.Names.SelectMany(name => new[] { name, name }),
            plan.Criteria.Select(c => c.Metric));
    }
}
