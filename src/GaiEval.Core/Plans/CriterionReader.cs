namespace GaiEval.Core.Plans;

using GaiEval.Core.Analysis.Risk;
using GaiEval.Core.Decision;
using GaiEval.Core.Inputs;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Model;
using YamlDotNet.RepresentationModel;

/// <summary>Reads the plan's <c>criteria</c>: success criteria fixed before the run.</summary>
internal sealed class CriterionReader(PlanYamlReader yaml)
{
    public static IReadOnlyList<string> Operators { get; } = [">=", ">", "<=", "<"];

    public List<Criterion> ReadAll(YamlMappingNode root)
    {
        var criteria = new List<Criterion>();
        YamlSequenceNode? list = yaml.Sequence(root, "criteria", string.Empty);
        for (int i = 0; list is not null && i < list.Children.Count; i++)
        {
            if (yaml.Shaped<YamlMappingNode>(list.Children[i], $"criteria[{i}]", "「metric: ...」などの組") is { } map
                && Read(map, $"criteria[{i}]") is { } criterion)
            {
                criteria.Add(criterion);
            }
        }

        return criteria;
    }

    private Criterion? Read(YamlMappingNode map, string path)
    {
        yaml.CheckKeys(map, PlanKeys.Criterion, path);
        string? metric = yaml.Text(map, "metric", path);
        if (string.IsNullOrWhiteSpace(metric))
        {
            yaml.Report(map, $"{path}.metric", "metric は必須です（例: accuracy）");
        }

        string? op = yaml.Text(map, "op", path);
        if (op is null || !Operators.Contains(op, StringComparer.Ordinal))
        {
            yaml.Report(PlanYamlReader.Child(map, "op") ?? map, $"{path}.op", $"op は {string.Join(" / ", Operators)} のいずれかにしてください（引用符で囲んで \">=\" のように）（指定値: 「{op}」）");
        }

        double? value = yaml.Number(map, "value", path);
        if (value is null && PlanYamlReader.Child(map, "value") is null)
        {
            yaml.Report(map, $"{path}.value", "value は必須です（例: 0.85）");
        }

        if (!string.IsNullOrWhiteSpace(metric))
        {
            CheckAgainstMetric(map, path, metric, op, value);
        }

        string scope = yaml.Text(map, "scope", path) ?? "all";
        if (ScopeProblem(scope) is { } problem)
        {
            yaml.Report(PlanYamlReader.Child(map, "scope")!, $"{path}.scope", problem);
        }
        else if (scope != CriterionScope.AllText && metric is not null && KpiMetrics.IsKpiMetric(metric))
        {
            yaml.Report(
                PlanYamlReader.Child(map, "scope")!,
                $"{path}.scope",
                $"{metric}（{DecisionMetrics.Get(metric).Label}）は実利用データの指標で、scope: all でだけ判定できます（業務分野・用途ごとには測りません）。scope を外すか all にしてください（指定値: 「{scope}」）");
        }
        else if (scope != CriterionScope.AllText && metric is not null && RiskMetrics.IsRiskMetric(metric))
        {
            yaml.Report(
                PlanYamlReader.Child(map, "scope")!,
                $"{path}.scope",
                $"{metric}（{DecisionMetrics.Get(metric).Label}）はリスク検査プローブの指標で、scope: all でだけ判定できます（業務分野・用途ごとには測りません）。scope を外すか all にしてください（指定値: 「{scope}」）");
        }

        bool required = yaml.Flag(map, "required", path) ?? true;
        string? why = yaml.Text(map, "why", path);
        if (string.IsNullOrWhiteSpace(metric) || op is null || value is null)
        {
            return null;
        }

        return new Criterion { Metric = metric, Op = op, Value = value.Value, Required = required, Scope = scope, Why = why };
    }

    /// <summary>The metric must be a decision metric, its operator must point the metric's good way, and a share's threshold must be a share.</summary>
    private void CheckAgainstMetric(YamlMappingNode map, string path, string metric, string? op, double? value)
    {
        if (DecisionMetrics.Find(metric) is not { } known)
        {
            yaml.Report(PlanYamlReader.Child(map, "metric")!, $"{path}.metric", UnknownMetricMessage(metric));
            return;
        }

        if (op is not null && Operators.Contains(op, StringComparer.Ordinal) && !known.GoodOperators.Contains(op, StringComparer.Ordinal))
        {
            string better = known.Direction == GoodDirection.Higher ? "高い" : "低い";
            yaml.Report(PlanYamlReader.Child(map, "op")!, $"{path}.op", $"{known.Name}（{known.Label}）は{better}ほど良い指標です。op は {string.Join(" か ", known.GoodOperators)} にしてください（指定値: 「{op}」）");
        }

        if (value is not { } threshold || CriterionValueRange.Of(known) is not { } range)
        {
            return;
        }

        if (range.Problem(known, op, threshold) is { } problem)
        {
            yaml.Report(PlanYamlReader.Child(map, "value")!, $"{path}.value", problem);
        }
    }

    private static string UnknownMetricMessage(string metric) =>
        ClosestName.Find(metric, DecisionMetrics.Names) is { } suggestion
            ? $"判定に使えない指標です。「{suggestion}」のことですか？（指定値: 「{metric}」）"
            : $"判定に使えない指標です。使える指標: {string.Join(", ", DecisionMetrics.Names)}（指定値: 「{metric}」）";

    private static string? ScopeProblem(string scope)
    {
        const string Shape = "scope は all、category:業務分野、use:用途 のいずれかの形にしてください";
        if (scope == "all")
        {
            return null;
        }

        int colon = scope.IndexOf(':', StringComparison.Ordinal);
        string kind = colon < 0 ? scope : scope[..colon];
        string name = colon < 0 ? string.Empty : scope[(colon + 1)..];
        if (kind is not ("category" or "use") || string.IsNullOrWhiteSpace(name))
        {
            return $"{Shape}（指定値: 「{scope}」）";
        }

        return kind == "use" && !ItemUses.IsKnown(name)
            ? $"use: の後は次のいずれかにしてください: {string.Join(", ", ItemUses.All)}（指定値: 「{name}」）"
            : null;
    }
}
