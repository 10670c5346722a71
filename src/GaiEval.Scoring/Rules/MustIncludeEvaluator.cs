namespace GaiEval.Scoring.Rules;

using GaiEval.Core.Model;
using GaiEval.Core.Scoring;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>Share of the item's must_include groups that the response matches (a group is matched by any one alternative).</summary>
public sealed class MustIncludeEvaluator() : GoldItemEvaluator<NumericMetric>(CoverageMetricName)
{
    public override string Name => EvaluatorNames.MustInclude;

    public static string CoverageMetricName => MetricNames.MustIncludeCoverage;

    protected override NumericMetric CreateMetric(string name) => new(name);

    protected override void Score(NumericMetric metric, GoldItem item, string response)
    {
        if (item.MustInclude.Count == 0)
        {
            metric.AddDiagnostics(EvaluationDiagnostic.Informational("must_include がありません。網羅率は計算しません。"));
            return;
        }

        RuleMatch match = RuleMatcher.Match(item, response);
        double coverage = match.Coverage!.Value;
        metric.Value = coverage;
        metric.Reason = match.DescribeMissing() ?? $"すべての必須語群を充足（{match.GroupCount}/{match.GroupCount}）";
        metric.Interpretation = Interpretations.Coverage(coverage);
    }
}
