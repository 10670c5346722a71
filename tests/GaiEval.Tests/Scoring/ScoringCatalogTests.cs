namespace GaiEval.Tests.Scoring;

using GaiEval.Core.Model;
using GaiEval.Core.Scoring;
using GaiEval.Scoring;
using GaiEval.Scoring.Behaviour;
using GaiEval.Scoring.Grounding;
using GaiEval.Scoring.Lexical;
using GaiEval.Scoring.Risk;
using GaiEval.Scoring.Rules;
using Microsoft.Extensions.AI.Evaluation;
using static GaiEval.Tests.Scoring.ScoringTestKit;

public sealed class ScoringCatalogTests
{
    [Fact]
    public void Lists_the_deterministic_evaluators_in_a_fixed_order() =>
        Assert.Equal(
            [typeof(MustIncludeEvaluator), typeof(MustNotIncludeEvaluator), typeof(BehaviourEvaluator),
             typeof(CorrectnessEvaluator), typeof(CharF1Evaluator), typeof(RougeLEvaluator), typeof(UnsupportedFactsEvaluator)],
            ScoringCatalog.Default.Select(e => e.GetType()));

    [Fact]
    public void A_runs_catalog_adds_the_output_checks_after_the_deterministic_evaluators()
    {
        IReadOnlyList<IEvaluator> catalog = ScoringCatalog.For(new RiskScreenOptions());

        Assert.Equal([.. ScoringCatalog.Default.Select(e => e.GetType()), typeof(RiskCheckEvaluator)], catalog.Select(e => e.GetType()));
        Assert.Equal(EvaluatorNames.RiskChecks, Assert.IsAssignableFrom<INamedEvaluator>(catalog[^1]).Name);
        Assert.Equal(MetricNames.RiskChecks, catalog[^1].EvaluationMetricNames);
    }

    [Fact]
    public void Every_evaluator_has_the_stable_name_stored_runs_were_scored_under()
    {
        Assert.Equal(
            ["MustInclude", "MustNotInclude", "Behaviour", "Correctness", "CharF1", "RougeL", "UnsupportedFacts"],
            ScoringCatalog.Default.Select(e => Assert.IsAssignableFrom<INamedEvaluator>(e).Name));
        Assert.Equal(
            ["EquivalenceJudge", "RubricJudge", "GroundednessJudge", "RelevanceJudge"],
            ScoringCatalog.Judges.Select(e => Assert.IsAssignableFrom<INamedEvaluator>(e).Name));
    }

    [Fact]
    public void Covers_every_metric_name_once() =>
        Assert.Equal(
            [MetricNames.MustIncludeCoverage, MetricNames.MustNotIncludeHits, MetricNames.Behaviour, MetricNames.BehaviourMatches,
             MetricNames.Correct, MetricNames.CharF1, MetricNames.RougeL, MetricNames.UnsupportedFacts, MetricNames.UnsupportedClaimRate],
            ScoringCatalog.Default.SelectMany(e => e.EvaluationMetricNames));

    [Fact]
    public async Task Produces_every_declared_metric_for_a_full_item()
    {
        var item = Item(
            mustInclude: [["8時30分", "8:30"]],
            mustNotInclude: ["24時間"],
            reference: "開庁時間は平日8時30分から17時15分までです。",
            context: "みどり区役所の開庁時間は平日8時30分から17時15分までです。");
        var composite = new CompositeEvaluator(ScoringCatalog.Default);

        EvaluationResult result = await EvaluateAsync(composite, "開庁時間は平日８：３０〜１７：１５です。", item);

        Assert.Equal(composite.EvaluationMetricNames.Order(), result.Metrics.Keys.Order());
        Assert.True(result.Get<BooleanMetric>(MetricNames.Correct).Value);
        Assert.Equal(0, result.Get<NumericMetric>(MetricNames.UnsupportedFacts).Value);
        Assert.All(result.Metrics.Values, metric => Assert.Empty(metric.Diagnostics ?? []));
    }

    [Fact]
    public async Task Never_throws_when_the_gold_item_is_missing()
    {
        var composite = new CompositeEvaluator(ScoringCatalog.Default);

        EvaluationResult result = await EvaluateAsync(composite, "8時30分からです。", item: null);

        Assert.Equal(
            ScoringCatalog.Default.SelectMany(e => e.EvaluationMetricNames).Except([MetricNames.Behaviour]).Order(),
            result.Metrics.Values.Where(m => m.ContainsDiagnostics(d => d.Severity == EvaluationDiagnosticSeverity.Error))
                .Select(m => m.Name).Order());
    }
}
