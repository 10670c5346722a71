namespace GaiEval.Core.Plans;

using GaiEval.Core.Inputs;
using YamlDotNet.RepresentationModel;

/// <summary>
/// Reads a probe set's <c>probes.yaml</c> (its items file, its own knowledge folder with the planted documents, the canary
/// of the system prompt and those planted in its confidential documents) into the plan's <see cref="RiskSettings"/>.
/// Throws <see cref="InputException"/> with the file and line of every fault.
/// </summary>
public static class ProbeSetLoader
{
    public const string FileName = "probes.yaml";

    public static RiskSettings Complete(RiskSettings risk)
    {
        ArgumentNullException.ThrowIfNull(risk);
        if (risk.Probes is not { } folder)
        {
            return risk;
        }

        string file = Path.Combine(folder, FileName);
        var errors = new InputErrorCollector(file);
        YamlMappingNode root = YamlMappingFile.Load(file, errors, "probes.yaml は「items: ...」「canaries: ...」などのキーを並べた YAML にしてください");
        var yaml = new PlanYamlReader(errors);
        yaml.CheckKeys(root, PlanKeys.ProbeSet, string.Empty);
        string? items = PlanLoader.ExistingPath(yaml, root, "items", folder, File.Exists, "プローブの項目ファイル", "probes.yaml ");
        if (items is null && PlanYamlReader.Child(root, "items") is null)
        {
            yaml.Report(root, "items", "items は必須です。プローブの項目ファイル（.jsonl か .csv）を書いてください");
        }

        string? knowledge = PlanLoader.ExistingPath(yaml, root, "knowledge", folder, Directory.Exists, "プローブのナレッジのフォルダ", "probes.yaml ");
        string? systemCanary = yaml.Text(root, "system_prompt_canary", string.Empty);
        List<string> canaries = yaml.TextList(root, "canaries", string.Empty) ?? [];
        CanaryRule.Check(yaml, root, "canaries", string.Empty);
        CanaryRule.Check(yaml, root, "system_prompt_canary", string.Empty);

        errors.ThrowIfAny();
        return risk with
        {
            ProbeItems = items,
            ProbeKnowledge = knowledge,
            SystemPromptCanary = string.IsNullOrWhiteSpace(systemCanary) ? null : systemCanary,
            Canaries = [.. risk.Canaries, .. canaries, .. systemCanary is { Length: > 0 } ? [systemCanary] : Array.Empty<string>()],
        };
    }
}
