namespace GaiEval.Core.Plans;

using System.Globalization;
using GaiEval.Core.Inputs;
using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Import;
using GaiEval.Core.Kpi.Measures;
using GaiEval.Core.Sheets;
using YamlDotNet.RepresentationModel;

/// <summary>
/// Reads the plan's <c>kpi:</c> block (the files of real use, eligible staff, period, whose real use it is) and checks
/// that a criterion naming a KPI metric has a provider to be judged for. Paths are resolved against the plan's folder.
/// </summary>
internal sealed class KpiReader(PlanYamlReader yaml, string folder)
{
    private const string Path = "kpi";

    private static readonly (string Key, KpiKind Kind)[] Kinds = [("survey", KpiKind.Survey), ("usage", KpiKind.Usage), ("timing", KpiKind.Timing)];

    public KpiSettings? Read(YamlMappingNode root, IReadOnlyList<ProviderProfile> providers)
    {
        if (yaml.Mapping(root, Path, string.Empty) is not { } map)
        {
            CheckKpiCriteria(root, provider: null);
            return null;
        }

        yaml.CheckKeys(map, PlanKeys.Kpi, Path);
        string? provider = yaml.Text(map, "provider", Path);
        if (provider is not null && !providers.Any(p => p.Id == provider))
        {
            string known = providers.Count == 0 ? "（計画に提供先がありません）" : string.Join(", ", providers.Select(p => p.Id));
            yaml.Report(PlanYamlReader.Child(map, "provider")!, $"{Path}.provider",
                $"kpi.provider は計画の providers にある提供先の id にしてください（指定値: 「{provider}」、計画の提供先: {known}）");
        }

        CheckKpiCriteria(root, provider);
        (IReadOnlyDictionary<string, int> eligible, string? eligibleFile) = EligibleStaff(map);
        List<KpiSource> sources = [.. Kinds.SelectMany(k => Sources(map, k.Key, k.Kind))];
        DateOnly? from = Day(map, "from");
        DateOnly? to = Day(map, "to");
        if (from > to)
        {
            yaml.Report(PlanYamlReader.Child(map, "to")!, $"{Path}.to", $"to（{to:yyyy-MM-dd}）は from（{from:yyyy-MM-dd}）以降の日付にしてください");
        }

        return new KpiSettings
        {
            Provider = provider,
            EligibleStaff = eligible,
            EligibleStaffFile = eligibleFile,
            Sources = sources,
            From = from,
            To = to,
            BandPoint = BandPointOf(map),
        };
    }

    /// <summary>A criterion on a KPI metric is judged for the provider named by <c>kpi.provider</c> only: without one it could never be judged.</summary>
    private void CheckKpiCriteria(YamlMappingNode root, string? provider)
    {
        if (provider is not null || PlanYamlReader.Child(root, "criteria") is not YamlSequenceNode criteria)
        {
            return;
        }

        for (int i = 0; i < criteria.Children.Count; i++)
        {
            if (criteria.Children[i] is YamlMappingNode criterion
                && PlanYamlReader.Child(criterion, "metric") is YamlScalarNode { Value: { } metric } node
                && KpiMetrics.IsKpiMetric(metric))
            {
                yaml.Report(node, $"criteria[{i}].metric",
                    $"実利用の指標 {metric} で判定するには、それがどの提供先の実利用データかを kpi.provider に書いてください（例: kpi: の下に provider: platform-lgwan）");
            }
        }
    }

    private (IReadOnlyDictionary<string, int> Staff, string? File) EligibleStaff(YamlMappingNode map)
    {
        const string Field = $"{Path}.eligible_staff";
        YamlNode? node = PlanYamlReader.Child(map, "eligible_staff");
        var staff = new Dictionary<string, int>(StringComparer.Ordinal);
        switch (node)
        {
            case null:
                return (staff, null);
            case YamlScalarNode:
                string? file = ExistingFile(map, "eligible_staff", Path, "対象職員数のCSV");
                if (file is null)
                {
                    return (staff, null);
                }

                try
                {
                    return (EligibleStaffCsvReader.Read(file), file);
                }
                catch (InputException e)
                {
                    e.Errors.ToList().ForEach(yaml.Errors.Add);
                    return (staff, file);
                }

            case YamlMappingNode entries:
                foreach (var (name, value) in entries.Children)
                {
                    string department = CellText.Normalized((name as YamlScalarNode)?.Value ?? string.Empty);
                    int? count = value is YamlScalarNode { Value: { } text } && int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : null;
                    if (count is null)
                    {
                        yaml.Report(value, $"{Field}.{department}", $"対象職員数は 0 以上の整数にしてください（指定値: 「{(value as YamlScalarNode)?.Value}」）");
                    }
                    else if (!staff.TryAdd(department, count.Value))
                    {
                        yaml.Report(name, $"{Field}.{department}", $"所属「{department}」が 2 回あります。1 つの所属は 1 回にしてください");
                    }
                }

                return (staff, null);
            default:
                yaml.Report(node, Field, "eligible_staff はCSVファイルのパス（見出し department,eligible）か、「所属: 人数」の組（例: { 総務課: 50, 区民課: 95 }）で書いてください");
                return (staff, null);
        }
    }

    /// <summary>One file (<c>{ file:, mapping: }</c>, or just its path), or a list of them.</summary>
    private IEnumerable<KpiSource> Sources(YamlMappingNode map, string key, KpiKind kind)
    {
        string field = $"{Path}.{key}";
        return PlanYamlReader.Child(map, key) switch
        {
            null => [],
            YamlSequenceNode list => [.. list.Children.Select((entry, i) => Source(entry, $"{field}[{i}]", kind)).OfType<KpiSource>()],
            YamlNode entry => Source(entry, field, kind) is { } source ? [source] : [],
        };
    }

    private KpiSource? Source(YamlNode entry, string field, KpiKind kind)
    {
        if (entry is YamlScalarNode { Value: { } path })
        {
            return Resolve(entry, path, field, "KPIのファイル") is { } file ? new KpiSource(kind, file) : null;
        }

        if (entry is not YamlMappingNode source)
        {
            yaml.Report(entry, field, $"{field} は {{ file: ファイル, mapping: 対応表 }} の形か、その「- 」で始まるリストで書いてください");
            return null;
        }

        yaml.CheckKeys(source, PlanKeys.KpiSource, field);
        string? csv = ExistingFile(source, "file", field, "KPIのファイル");
        if (PlanYamlReader.Child(source, "file") is null)
        {
            yaml.Report(source, $"{field}.file", "file は必須です。取り込むCSVのパスを書いてください（例: file: kpi/survey.csv）");
        }

        string? mapping = ExistingFile(source, "mapping", field, "対応表（YAML）");
        return csv is null ? null : new KpiSource(kind, csv, mapping);
    }

    private string? ExistingFile(YamlMappingNode map, string key, string parent, string what) =>
        yaml.Text(map, key, parent) is { } value && PlanYamlReader.Child(map, key) is { } node
            ? Resolve(node, value, PlanYamlReader.Join(parent, key), what)
            : null;

    private string? Resolve(YamlNode node, string value, string field, string what)
    {
        string path = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, value));
        if (File.Exists(path))
        {
            return path;
        }

        yaml.Report(node, field, $"{what}が見つかりません: {path}（パスは plan ファイルのフォルダからの相対パスです）");
        return null;
    }

    private DateOnly? Day(YamlMappingNode map, string key)
    {
        if (yaml.Text(map, key, Path) is not { } text)
        {
            return null;
        }

        if (KpiDay.Parse(text) is { } day)
        {
            return day;
        }

        yaml.Report(PlanYamlReader.Child(map, key)!, $"{Path}.{key}", KpiDay.Wrong(key, text));
        return null;
    }

    private BandPoint BandPointOf(YamlMappingNode map)
    {
        string? text = yaml.Text(map, "band_point", Path);
        switch (text)
        {
            case null or "lower":
                return BandPoint.LowerEdge;
            case "midpoint":
                return BandPoint.Midpoint;
            default:
                yaml.Report(PlanYamlReader.Child(map, "band_point")!, $"{Path}.band_point",
                    $"band_point は lower（帯の下端、既定）か midpoint（帯の中央）にしてください（指定値: 「{text}」）");
                return BandPoint.LowerEdge;
        }
    }
}
