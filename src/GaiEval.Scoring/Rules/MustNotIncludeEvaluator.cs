namespace GaiEval.Scoring.Rules;

using GaiEval.Core.Model;
using GaiEval.Core.Scoring;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>Counts the item's must_not_include strings (hallucination traps, wrong facts) found in the response.</summary>
public sealed class MustNotIncludeEvaluator() : GoldItemEvaluator<NumericMetric>(HitsMetricName)
{
    public override string Name => EvaluatorNames.MustNotInclude;

    public static string HitsMetricName => MetricNames.MustNotIncludeHits;

    protected override NumericMetric CreateMetric(string name) => new(name);

    protected override void Score(NumericMetric metric, GoldItem item, string response)
    {
        if (item.MustNotInclude.Count == 0)
        {
            metric.AddDiagnostics(EvaluationDiagnostic.Informational("must_not_include がありません。禁止語は数えません。"));
            return;
        }

        RuleMatch match = RuleMatcher.Match(item, response);
        metric.Value = match.ForbiddenHits.Count;
        metric.Reason = match.DescribeForbidden() ?? "禁止語なし";
        metric.Interpretation = Interpretations.Pass(match.ForbiddenHits.Count == 0);
    }
}
