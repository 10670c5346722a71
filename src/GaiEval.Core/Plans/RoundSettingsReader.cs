namespace GaiEval.Core.Plans;

using GaiEval.Core.Model;
using YamlDotNet.RepresentationModel;

/// <summary>Reads the plan's optional <c>round:</c> block (<see cref="RoundSettings"/>).</summary>
internal sealed class RoundSettingsReader(PlanYamlReader yaml, bool planHasKnowledge)
{
    private const string Path = "round";

    public RoundSettings? Read(YamlMappingNode root)
    {
        if (yaml.Mapping(root, Path, string.Empty) is not { } map)
        {
            return null;
        }

        yaml.CheckKeys(map, PlanKeys.Round, Path);
        var settings = new ProviderSettingsReader(yaml);
        RetrievalSettings? rag = settings.Retrieval(map, "rag", Path);
        if (rag is not null && !planHasKnowledge)
        {
            yaml.Report(PlanYamlReader.Child(map, "rag")!, $"{Path}.rag", "rag を使うには plan に knowledge（知識フォルダ）を書いてください");
        }

        (double? temperature, int? maxOutputTokens) = settings.Sampling(map, Path);

        int completionProbes = yaml.Integer(map, "completion_probes", Path) ?? new RoundSettings().CompletionProbes;
        if (completionProbes is < 0 or > 200)
        {
            yaml.Report(PlanYamlReader.Child(map, "completion_probes")!, $"{Path}.completion_probes", $"completion_probes は 0 以上 200 以下にしてください（指定値: {completionProbes}）");
        }

        return new RoundSettings
        {
            SystemPrompt = yaml.Text(map, "system_prompt", Path),
            Temperature = temperature,
            MaxOutputTokens = maxOutputTokens,
            Rag = rag,
            Limits = settings.Limits(map, Path),
            Clearance = yaml.Choice(map, "clearance", Path, SensitivityNames.ByName) ?? Sensitivity.Public,
            Seed = yaml.Integer(map, "seed", Path),
            CompletionProbes = completionProbes,
        };
    }
}
