namespace GaiEval.Core.TestSets;

using System.Text.Json;
using GaiEval.Core.Inputs;
using GaiEval.Core.Running;

/// <summary>
/// Reads gold items from JSON Lines (UTF-8 bytes from <see cref="UserTextFile.OpenUtf8"/>) block by block, never the whole
/// file at once: one object per line, blank lines skipped. The blocks of lines are parsed on the thread pool, a few at a
/// time, and their items and errors taken in line order. Short texts that repeat from item to item (業務分野, 用途, 出典,
/// タグ, 必須語 …) are held once in each block.
/// </summary>
/// <remarks>A bad line is reported and the other lines are still read, so that every error shows at once.</remarks>
internal static class JsonlGoldItemReader
{
    private const int BlockSize = 256 * 1024;

    public static IReadOnlyList<GoldItemDraft> Read(Stream utf8, InputErrorCollector errors)
    {
        var drafts = new List<GoldItemDraft>();
        foreach (BlockItems block in AheadInOrder.Map(Utf8LineBlocks.Read(utf8, BlockSize), block => ReadBlock(block, errors.File)))
        {
            block.AddTo(drafts, errors);
        }

        return drafts;
    }

    private static BlockItems ReadBlock(Utf8LineBlock block, string file)
    {
        var drafts = new List<GoldItemDraft>();
        var errors = new InputErrorCollector(file);
        var pool = new TextPool();
        try
        {
            foreach ((ReadOnlyMemory<byte> text, int line) in block.Lines())
            {
                if (JsonlLine.Read(text.TrimEnd((byte)'\r'), line, errors, "{ \"id\": ... }", item => ReadObject(item, line, errors, pool)) is { } draft)
                {
                    drafts.Add(draft);
                }
            }
        }
        finally
        {
            block.Return();
        }

        return new BlockItems(drafts, errors.Errors);
    }

    private static GoldItemDraft ReadObject(JsonElement item, int lineNumber, InputErrorCollector errors, TextPool pool)
    {
        var draft = new GoldItemDraft(lineNumber);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonProperty property in item.EnumerateObject())
        {
            string field = property.Name;
            if (!GoldItemFields.Known.Contains(field))
            {
                errors.Add(lineNumber, field, ClosestName.UnknownMessage(field, GoldItemFields.All));
            }
            else if (!seen.Add(field))
            {
                errors.Add(lineNumber, field, $"{field} が 2 回書かれています。1 回にしてください");
            }
            else if (property.Value.ValueKind != JsonValueKind.Null && ReadField(draft, field, property.Value, pool) is { } problem)
            {
                draft.InvalidFields.Add(field);
                errors.Add(lineNumber, field, problem);
            }
        }

        return draft;
    }

    /// <summary>Stores the value in the draft; returns the problem when its type is wrong.</summary>
    private static string? ReadField(GoldItemDraft draft, string field, JsonElement value, TextPool pool)
    {
        switch (field)
        {
            case GoldItemFields.HumanMinutes or GoldItemFields.ReviewMinutes:
                return value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double number) && draft.SetNumber(field, number)
                    ? null
                    : $"{field} は数値で書いてください（例: 5 や 2.5、引用符なし）";
            case GoldItemFields.MustInclude:
                List<List<string>>? groups = ReadGroups(value, pool);
                draft.MustInclude = groups;
                return groups is null
                    ? "must_include はグループの配列で書いてください（例: [[\"8時30分\", \"8:30\"], \"窓口\"]）"
                    : null;
            case GoldItemFields.MustNotInclude or GoldItemFields.Sources or GoldItemFields.Rubric or GoldItemFields.Tags:
                List<string>? list = ReadStrings(value, pool);
                return list is not null && draft.SetList(field, list)
                    ? null
                    : $"{field} は文字列の配列で書いてください（例: [\"a\", \"b\"]）";
            default:
                return value.ValueKind == JsonValueKind.String && draft.SetText(field, Text(field, value.GetString()!, pool))
                    ? null
                    : $"{field} は文字列で書いてください（例: \"...\"）";
        }
    }

    private static List<List<string>>? ReadGroups(JsonElement value, TextPool pool)
    {
        if (value.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var groups = new List<List<string>>();
        foreach (JsonElement group in value.EnumerateArray())
        {
            List<string>? alternatives = group.ValueKind == JsonValueKind.String ? [pool.Get(group.GetString()!)] : ReadStrings(group, pool);
            if (alternatives is null)
            {
                return null;
            }

            groups.Add(alternatives);
        }

        return groups;
    }

    private static List<string>? ReadStrings(JsonElement value, TextPool pool)
    {
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(element => element.ValueKind != JsonValueKind.String))
        {
            return null;
        }

        return [.. value.EnumerateArray().Select(element => pool.Get(element.GetString()!))];
    }

    /// <summary>The item's own texts (id, question, context, reference) are kept as read; the others are pooled.</summary>
    private static string Text(string field, string value, TextPool pool) =>
        field is GoldItemFields.Id or GoldItemFields.Question or GoldItemFields.Context or GoldItemFields.Reference ? value : pool.Get(value);

    /// <summary>The drafts and errors of one block of lines, in line order.</summary>
    private sealed record BlockItems(List<GoldItemDraft> Drafts, IReadOnlyList<InputError> Errors)
    {
        public void AddTo(List<GoldItemDraft> drafts, InputErrorCollector errors)
        {
            drafts.AddRange(Drafts);
            foreach (InputError error in Errors)
            {
                errors.Add(error);
            }
        }
    }
}
