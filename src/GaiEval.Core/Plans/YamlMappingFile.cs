namespace GaiEval.Core.Plans;

using GaiEval.Core.Inputs;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

/// <summary>Reads a YAML file whose top level must be a mapping, turning syntax errors into line-numbered input errors.</summary>
internal static class YamlMappingFile
{
    /// <param name="notMapping">The message when the file holds no mapping at its top level.</param>
    public static YamlMappingNode Load(string path, InputErrorCollector errors, string notMapping)
    {
        string text = UserTextFile.Read(path);
        var parser = new Parser(new StringReader(text));
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (YamlException) when (TabIndentedLine(text) is { } line)
        {
            // YamlDotNet places some tab faults on the line of the enclosing mapping, not on the tab's own line.
            errors.Add(line, "yaml", "字下げにタブ文字があります。YAML の字下げはスペースで書いてください");
        }
        catch (YamlException exception)
        {
            errors.Add((int)exception.Start.Line, "yaml", $"YAML の書き方に誤りがあります。インデント・コロン・引用符を確認してください（詳細: {exception.Message}）");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this, not a YamlException, for an unclosed [ or {.
            int line = parser.Current is { } current ? (int)current.Start.Line : 0;
            errors.Add(line, "yaml", "YAML の書き方に誤りがあります。閉じていない括弧 [ { や引用符がないか確認してください");
        }

        errors.ThrowIfAny();
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            int line = stream.Documents.Count == 0 ? 0 : PlanYamlReader.LineOf(stream.Documents[0].RootNode);
            errors.Add(line, "yaml", notMapping);
            throw new InputException(errors.Errors);
        }

        return root;
    }

    /// <summary>The first line (1-based) whose indentation holds a tab; null when none does.</summary>
    private static int? TabIndentedLine(string text)
    {
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            int indent = line.Length - line.TrimStart(' ', '\t').Length;
            if (line.AsSpan(0, indent).Contains('\t'))
            {
                return i + 1;
            }
        }

        return null;
    }
}
