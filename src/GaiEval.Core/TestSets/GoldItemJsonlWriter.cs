namespace GaiEval.Core.TestSets;

using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;

/// <summary>Writes gold items as JSON Lines (one item per line, UTF-8 without BOM, LF), as <see cref="TestSetLoader"/> reads them; the folder is created when missing.</summary>
public static class GoldItemJsonlWriter
{
    public static void Write(string path, IEnumerable<GoldItem> items)
    {
        JsonTypeInfo<GoldItem> info = GaiEvalJson.Info<GoldItem>(GaiEvalJson.Options);
        var text = new StringBuilder();
        foreach (GoldItem item in items)
        {
            text.Append(JsonSerializer.Serialize(item, info)).Append('\n');
        }

        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
    }
}
