namespace GaiEval.Core.Plans;

using YamlDotNet.RepresentationModel;

/// <summary>
/// A canary must be long enough not to occur by chance: the canary screen also counts a long enough piece of it, so a
/// short one would flag almost every answer.
/// </summary>
internal static class CanaryRule
{
    public const int MinimumLength = 8;

    /// <summary>Reports each too-short canary under <paramref name="key"/> (a text or a list of texts) at its own line.</summary>
    public static void Check(PlanYamlReader yaml, YamlMappingNode map, string key, string path)
    {
        IEnumerable<YamlNode> entries = PlanYamlReader.Child(map, key) switch
        {
            YamlSequenceNode list => list.Children,
            YamlScalarNode one => [one],
            _ => [],
        };
        foreach (YamlScalarNode entry in entries.OfType<YamlScalarNode>().Where(e => e.Value is { Length: > 0 and < MinimumLength }))
        {
            yaml.Report(entry, PlanYamlReader.Join(path, key),
                $"カナリア「{entry.Value}」が短すぎます。偶然一致しないよう {MinimumLength} 文字以上の文字列にしてください");
        }
    }
}
