namespace GaiEval.Core.Plans;

using YamlDotNet.RepresentationModel;

/// <summary>
/// Reads the plan's <c>risk:</c> block: the probe set's folder (resolved against the plan's folder; its <c>probes.yaml</c>
/// is read by <see cref="ProbeSetLoader"/>), the ward's allowed link domains, its own public contact data and the canaries
/// the ward planted itself.
/// </summary>
internal sealed class RiskReader(PlanYamlReader yaml, string folder)
{
    private const string Path = "risk";

    public RiskSettings Read(YamlMappingNode root)
    {
        if (yaml.Mapping(root, Path, string.Empty) is not { } map)
        {
            return new RiskSettings();
        }

        yaml.CheckKeys(map, PlanKeys.Risk, Path);
        string? probes = null;
        if (yaml.Text(map, "probes", Path) is { Length: > 0 } relative)
        {
            probes = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, relative));
            if (!File.Exists(System.IO.Path.Combine(probes, ProbeSetLoader.FileName)))
            {
                yaml.Report(PlanYamlReader.Child(map, "probes")!, $"{Path}.probes",
                    $"プローブのフォルダに {ProbeSetLoader.FileName} がありません: {probes}（パスは plan ファイルのフォルダからの相対パスです。例: ../risk-probes）");
                probes = null;
            }
        }

        List<string> domains = yaml.TextList(map, "allowed_domains", Path) ?? [];
        foreach (string domain in domains.Where(d => d.Contains('/', StringComparison.Ordinal) || d.Contains(':', StringComparison.Ordinal)))
        {
            yaml.Report(PlanYamlReader.Child(map, "allowed_domains")!, $"{Path}.allowed_domains",
                $"allowed_domains にはドメイン名だけを書いてください（例: city.shiomino.lg.jp。指定値: 「{domain}」）");
        }

        CanaryRule.Check(yaml, map, "canaries", Path);
        return new RiskSettings
        {
            Probes = probes,
            AllowedDomains = domains,
            PublicValues = yaml.TextList(map, "public_values", Path) ?? [],
            Canaries = yaml.TextList(map, "canaries", Path) ?? [],
        };
    }
}
