namespace GaiEval.Core.Plans;

using System.Globalization;
using GaiEval.Core.Inputs;
using YamlDotNet.RepresentationModel;

/// <summary>
/// Typed reads from the YAML representation model of a plan. A value of the wrong shape is reported with its line and
/// read as absent, so that reading goes on and every error is found in one pass.
/// </summary>
internal sealed class PlanYamlReader(InputErrorCollector errors)
{
    public InputErrorCollector Errors => errors;

    public static int LineOf(YamlNode node) => (int)node.Start.Line;

    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    public void Report(YamlNode node, string field, string message) => errors.Add(LineOf(node), field, message);

    /// <summary>The value under <paramref name="key"/>; null when the key is missing or its value is YAML null.</summary>
    public static YamlNode? Child(YamlMappingNode map, string key)
    {
        foreach (var (name, value) in map.Children)
        {
            if (name is YamlScalarNode { Value: var text } && text == key)
            {
                return IsNull(value) ? null : value;
            }
        }

        return null;
    }

    /// <summary>Reports every key that is not in <paramref name="known"/>, with the closest known key.</summary>
    public void CheckKeys(YamlMappingNode map, IReadOnlyList<string> known, string path)
    {
        foreach (YamlNode name in map.Children.Keys)
        {
            string key = (name as YamlScalarNode)?.Value ?? name.ToString();
            if (!known.Contains(key, StringComparer.Ordinal))
            {
                Report(name, Join(path, key), ClosestName.UnknownMessage(key, [.. known]));
            }
        }
    }

    public string? Text(YamlMappingNode map, string key, string path)
    {
        YamlNode? node = Child(map, key);
        if (node is null or YamlScalarNode)
        {
            return (node as YamlScalarNode)?.Value;
        }

        Report(node, Join(path, key), $"{key} は文字列で書いてください");
        return null;
    }

    public int? Integer(YamlMappingNode map, string key, string path) =>
        Scalar<int>(map, key, path, "整数（例: 4）", text => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : null);

    public double? Number(YamlMappingNode map, string key, string path) =>
        Scalar<double>(map, key, path, "数値（例: 0.5）", text =>
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value) ? value : null);

    public bool? Flag(YamlMappingNode map, string key, string path) =>
        Scalar<bool>(map, key, path, "true または false", text => text.ToLowerInvariant() switch
        {
            "true" => true,
            "false" => false,
            _ => (bool?)null,
        });

    /// <summary>
    /// One of the <paramref name="allowed"/> texts of a key, such as <c>method: cloud</c>; any other text is reported with
    /// the allowed values and the closest of them. A missing key is reported only when <paramref name="required"/>.
    /// </summary>
    public T? Choice<T>(YamlMappingNode map, string key, string path, IReadOnlyDictionary<string, T> allowed, bool required = false)
        where T : struct
    {
        string? text = Text(map, key, path);
        string choices = string.Join(" / ", allowed.Keys);
        if (text is null)
        {
            if (required && Child(map, key) is null)
            {
                Report(map, Join(path, key), $"{key} は必須です: {choices} のいずれか");
            }

            return null;
        }

        if (allowed.TryGetValue(text, out T value))
        {
            return value;
        }

        string hint = ClosestName.Find(text, allowed.Keys) is { } closest ? $"。「{closest}」のことですか？" : string.Empty;
        Report(Child(map, key)!, Join(path, key), $"{key} は {choices} のいずれかにしてください（指定値: 「{text}」）{hint}");
        return null;
    }

    public YamlMappingNode? Mapping(YamlMappingNode map, string key, string path) =>
        Shaped<YamlMappingNode>(Child(map, key), Join(path, key), "「キー: 値」の組（例: { top_k: 4 }）");

    public YamlSequenceNode? Sequence(YamlMappingNode map, string key, string path) =>
        Shaped<YamlSequenceNode>(Child(map, key), Join(path, key), "「- 」で始まるリスト");

    public T? Shaped<T>(YamlNode? node, string field, string shape)
        where T : YamlNode
    {
        if (node is null or T)
        {
            return node as T;
        }

        Report(node, field, $"{field} は{shape}で書いてください");
        return null;
    }

    /// <summary>A list of texts (<c>- a</c> lines or <c>[a, b]</c>); an entry that is not a text is reported.</summary>
    public List<string>? TextList(YamlMappingNode map, string key, string path)
    {
        if (Sequence(map, key, path) is not { } list)
        {
            return null;
        }

        var result = new List<string>();
        foreach (YamlNode entry in list.Children)
        {
            if (entry is YamlScalarNode { Value: { Length: > 0 } value })
            {
                result.Add(value);
            }
            else
            {
                Report(entry, Join(path, key), $"{key} の各行は空でない文字列にしてください");
            }
        }

        return result;
    }

    /// <summary>A mapping of names to texts, such as HTTP headers.</summary>
    public Dictionary<string, string>? TextMap(YamlMappingNode map, string key, string path)
    {
        YamlMappingNode? entries = Mapping(map, key, path);
        if (entries is null)
        {
            return null;
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, _) in entries.Children)
        {
            string entry = (name as YamlScalarNode)?.Value ?? string.Empty;
            if (Text(entries, entry, Join(path, key)) is { } value)
            {
                result[entry] = value;
            }
        }

        return result;
    }

    /// <summary>A mapping of names to numbers, such as <c>exchange: { USD: 150 }</c>; entries below <paramref name="minimum"/> are reported.</summary>
    public Dictionary<string, double>? NumberMap(YamlMappingNode map, string key, string path, double minimum)
    {
        YamlMappingNode? entries = Mapping(map, key, path);
        if (entries is null)
        {
            return null;
        }

        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        string field = Join(path, key);
        foreach (var (name, _) in entries.Children)
        {
            string entry = (name as YamlScalarNode)?.Value ?? string.Empty;
            if (Number(entries, entry, field) is { } value)
            {
                if (value < minimum)
                {
                    Report(entries.Children[name], Join(field, entry), $"{minimum} 以上の数値にしてください（指定値: {value}）");
                }

                result[entry] = value;
            }
        }

        return result;
    }

    private T? Scalar<T>(YamlMappingNode map, string key, string path, string expected, Func<string, T?> parse)
        where T : struct
    {
        YamlNode? node = Child(map, key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text } && parse(text.Trim()) is { } value)
        {
            return value;
        }

        Report(node, Join(path, key), $"{key} は{expected}で書いてください（指定値: 「{Describe(node)}」）");
        return null;
    }

    private static string Describe(YamlNode node) => node is YamlScalarNode scalar ? scalar.Value ?? string.Empty : node.NodeType.ToString();

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };
}
