namespace GaiEval.Core.Decision;

using GaiEval.Core.Inputs;
using GaiEval.Core.Plans;
using YamlDotNet.RepresentationModel;

/// <summary>
/// Reads criteria from a YAML file holding a <c>criteria:</c> list in the plan's format (a whole plan will do: its other
/// keys are ignored). Throws <see cref="InputException"/> carrying every error with its line.
/// </summary>
public static class CriteriaFile
{
    public static IReadOnlyList<Criterion> Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var errors = new InputErrorCollector(path);
        if (!File.Exists(path))
        {
            errors.Add(0, "file", "判定基準のファイルが見つかりません。パスを確認してください");
            errors.ThrowIfAny();
        }

        YamlMappingNode root = Parse(path, errors);
        var yaml = new PlanYamlReader(errors);
        yaml.CheckKeys(root, PlanKeys.Root, string.Empty);
        if (PlanYamlReader.Child(root, "criteria") is null)
        {
            errors.Add(PlanYamlReader.LineOf(root), "criteria", "criteria がありません。「criteria:」の下に「- { metric: accuracy, op: \">=\", value: 0.85 }」の形で判定基準を並べてください");
        }

        List<Criterion> criteria = new CriterionReader(yaml).ReadAll(root);
        if (!errors.HasErrors && criteria.Count == 0)
        {
            errors.Add(PlanYamlReader.LineOf(PlanYamlReader.Child(root, "criteria")!), "criteria", "criteria が空です。判定基準を1つ以上書いてください");
        }

        errors.ThrowIfAny();
        return criteria;
    }

    private static YamlMappingNode Parse(string path, InputErrorCollector errors) =>
        YamlMappingFile.Load(path, errors, "判定基準のファイルは「criteria:」の下に基準を並べた YAML にしてください");
}
