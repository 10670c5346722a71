namespace GaiEval.Core.Kpi.Import;

using System.Globalization;
using System.Text.RegularExpressions;
using GaiEval.Core.Inputs;
using GaiEval.Core.Plans;
using GaiEval.Core.Sheets;
using YamlDotNet.RepresentationModel;

/// <summary>Reads a KPI mapping file (YAML), reporting every fault at once as file:line: key: message.</summary>
public static partial class KpiMappingReader
{
    private static readonly IReadOnlyList<string> TopKeys = ["kind", "columns", "values", "list_separator", "timestamp_format", "time_zone"];
    private static readonly IReadOnlyList<string> ListSeparators = [";", "、", ","];

    /// <exception cref="InputException">The file is missing or has any fault.</exception>
    public static KpiMapping Load(string path)
    {
        var errors = new InputErrorCollector(path);
        if (!File.Exists(path))
        {
            throw new InputException(path, 0, "mapping", "対応表のファイルが見つかりません。パスを確認してください");
        }

        YamlMappingNode root = YamlMappingFile.Load(path, errors, "対応表は「kind: survey」「columns:」などの「キー: 値」で書いてください");
        var yaml = new PlanYamlReader(errors);
        yaml.CheckKeys(root, TopKeys, string.Empty);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);

        KpiKind? kind = ReadKind(root, yaml, lines);
        IReadOnlyList<KpiField>? fields = kind is { } known ? KpiFields.For(known) : null;
        Dictionary<string, string> columns = ReadColumns(root, yaml, fields, lines);
        Dictionary<string, IReadOnlyDictionary<string, string>> values = ReadValues(root, yaml, fields);
        string separator = ReadSeparator(root, yaml);
        string? timestampFormat = ReadTimestampFormat(root, yaml);
        TimeSpan zone = ReadZone(root, yaml);

        errors.ThrowIfAny();
        return new KpiMapping
        {
            Path = path,
            Kind = kind!.Value,
            Columns = columns,
            Values = values,
            ListSeparator = separator,
            TimestampFormat = timestampFormat,
            TimeZone = zone,
            Lines = lines,
        };
    }

    private static KpiKind? ReadKind(YamlMappingNode root, PlanYamlReader yaml, Dictionary<string, int> lines)
    {
        YamlNode? node = PlanYamlReader.Child(root, "kind");
        string? text = yaml.Text(root, "kind", string.Empty);
        if (node is null)
        {
            yaml.Errors.Add(PlanYamlReader.LineOf(root), "kind", "kind: がありません。survey・usage・timing のいずれかを書いてください");
            return null;
        }

        lines["kind"] = PlanYamlReader.LineOf(node);
        if (text is not null && KpiFields.Parse(text) is { } kind)
        {
            return kind;
        }

        if (text is not null)
        {
            yaml.Report(node, "kind", $"kind は survey・usage・timing のいずれかにしてください（指定値: 「{text}」）");
        }

        return null;
    }

    private static Dictionary<string, string> ReadColumns(
        YamlMappingNode root, PlanYamlReader yaml, IReadOnlyList<KpiField>? fields, Dictionary<string, int> lines)
    {
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        YamlMappingNode? entries = yaml.Mapping(root, "columns", string.Empty);
        if (entries is null)
        {
            return columns;
        }

        foreach (var (name, node) in entries.Children)
        {
            string field = (name as YamlScalarNode)?.Value ?? string.Empty;
            string key = PlanYamlReader.Join("columns", field);
            if (fields is not null && !fields.Any(known => known.Name == field))
            {
                yaml.Report(name, key, ClosestName.UnknownMessage(field, [.. fields.Select(known => known.Name)]));
                continue;
            }

            if (yaml.Text(entries, field, "columns") is not { } header || CellText.Normalized(header).Length == 0)
            {
                yaml.Report(node, key, $"{key} には書き出しファイルの列見出しを書いてください");
                continue;
            }

            columns[field] = header;
            lines[key] = PlanYamlReader.LineOf(node);
        }

        return columns;
    }

    private static Dictionary<string, IReadOnlyDictionary<string, string>> ReadValues(
        YamlMappingNode root, PlanYamlReader yaml, IReadOnlyList<KpiField>? fields)
    {
        var values = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        YamlMappingNode? entries = yaml.Mapping(root, "values", string.Empty);
        if (entries is null)
        {
            return values;
        }

        foreach (var (name, node) in entries.Children)
        {
            string fieldName = (name as YamlScalarNode)?.Value ?? string.Empty;
            string key = PlanYamlReader.Join("values", fieldName);
            if (fields is null)
            {
                continue;
            }

            if (fields.FirstOrDefault(known => known.Name == fieldName) is not { } field)
            {
                yaml.Report(name, key, ClosestName.UnknownMessage(fieldName, [.. fields.Select(known => known.Name)]));
                continue;
            }

            if (!field.TakesValues)
            {
                yaml.Report(name, key, $"{fieldName} には values: を書けません（読み替えられるのは回答の選択肢だけです）");
                continue;
            }

            if (yaml.Shaped<YamlMappingNode>(PlanYamlReader.Child(entries, fieldName), key, "「選択肢: 値」の組（例: { はい: true }）") is { } labels)
            {
                values[fieldName] = ReadLabels(labels, field, key, yaml);
            }
        }

        return values;
    }

    private static Dictionary<string, string> ReadLabels(YamlMappingNode labels, KpiField field, string key, PlanYamlReader yaml)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, node) in labels.Children)
        {
            string label = KpiCells.LabelKey((name as YamlScalarNode)?.Value ?? string.Empty);
            string entry = PlanYamlReader.Join(key, label);
            if (Target(node, field, out string? problem) is { } target)
            {
                result[label] = target;
            }
            else
            {
                yaml.Report(node, entry, problem!);
            }
        }

        return result;
    }

    /// <summary>The canonical value a label maps to, as a canonical cell would hold it; null with the problem when it is not one.</summary>
    private static string? Target(YamlNode node, KpiField field, out string? problem)
    {
        if (field.Kind == KpiValueKind.Band && node is YamlSequenceNode band)
        {
            return BandTarget(band, out problem);
        }

        if (node is not YamlScalarNode { Value: { } raw } || raw.Length == 0)
        {
            problem = "値を 1 つ書いてください";
            return null;
        }

        string text = CellText.Normalized(raw);
        problem = field.Kind switch
        {
            KpiValueKind.Flag => KpiCells.Flag(text, out _) is null ? null : $"true か false にしてください（指定値: 「{raw}」）",
            KpiValueKind.Score => KpiCells.Score(text, field, out _) is null ? null : $"{field.Minimum}〜{field.Maximum} の整数にしてください（指定値: 「{raw}」）",
            KpiValueKind.Band => KpiCells.Minutes(text, out _) is null ? null : $"0 以上の数値か [下限, 上限]（上限なしは null）にしてください（指定値: 「{raw}」）",
            KpiValueKind.Use or KpiValueKind.Uses => KpiCells.Use(text, out _),
            KpiValueKind.Feedback => KpiCells.Feedback(text, out _) is null ? null : $"good か bad にしてください（指定値: 「{raw}」）",
            KpiValueKind.Source => KpiCells.SourceTarget(text),
            _ => null,
        };
        return problem is null ? text : null;
    }

    private static string? BandTarget(YamlSequenceNode band, out string? problem)
    {
        problem = "[下限, 上限] の 2 つの 0 以上の数値にしてください（上限なしは null、例: [60, null]）";
        if (band.Children.Count != 2 || Edge(band.Children[0]) is not { } low || low < 0)
        {
            return null;
        }

        if (band.Children[1] is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "null" or "~" or "" })
        {
            problem = null;
            return $"{Format(low)}以上";
        }

        if (Edge(band.Children[1]) is not { } high)
        {
            return null;
        }

        if (high < low)
        {
            problem = $"下限 {Format(low)} が上限 {Format(high)} より大きくなっています";
            return null;
        }

        problem = null;
        return $"{Format(low)}-{Format(high)}";
    }

    private static double? Edge(YamlNode node) =>
        node is YamlScalarNode { Value: { } text }
        && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)
            ? value
            : null;

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string ReadSeparator(YamlMappingNode root, PlanYamlReader yaml)
    {
        string? text = yaml.Text(root, "list_separator", string.Empty);
        if (text is null || ListSeparators.Contains(text))
        {
            return text ?? KpiMapping.DefaultListSeparator;
        }

        yaml.Report(PlanYamlReader.Child(root, "list_separator")!, "list_separator", $"list_separator は \";\" か \"、\" か \",\" にしてください（指定値: 「{text}」）");
        return KpiMapping.DefaultListSeparator;
    }

    private static string? ReadTimestampFormat(YamlMappingNode root, PlanYamlReader yaml)
    {
        string? text = yaml.Text(root, "timestamp_format", string.Empty);
        if (text is null || KpiCells.IsTimestampFormat(text))
        {
            return text;
        }

        yaml.Report(PlanYamlReader.Child(root, "timestamp_format")!, "timestamp_format", $"timestamp_format は \"yyyy/MM/dd HH:mm:ss\" のような日時の書式にしてください（指定値: 「{text}」）");
        return null;
    }

    private static TimeSpan ReadZone(YamlMappingNode root, PlanYamlReader yaml)
    {
        string? text = yaml.Text(root, "time_zone", string.Empty);
        if (text is null)
        {
            return KpiMapping.DefaultTimeZone;
        }

        if (Offset().Match(text.Trim()) is { Success: true } match)
        {
            var offset = new TimeSpan(int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture), 0);
            if (offset <= TimeSpan.FromHours(14) && match.Groups[3].Value is "00" or "15" or "30" or "45")
            {
                return match.Groups[1].Value == "-" ? -offset : offset;
            }
        }

        yaml.Report(PlanYamlReader.Child(root, "time_zone")!, "time_zone", $"time_zone は \"+09:00\" のような時差にしてください（指定値: 「{text}」）");
        return KpiMapping.DefaultTimeZone;
    }

    [GeneratedRegex(@"^([+-])(\d{2}):(\d{2})$")]
    private static partial Regex Offset();
}
