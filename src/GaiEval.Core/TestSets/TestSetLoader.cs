namespace GaiEval.Core.TestSets;

using GaiEval.Core.Inputs;
using GaiEval.Core.Model;

/// <summary>
/// Loads a gold test set from JSONL (<c>.jsonl</c>, <c>.json</c>) or CSV (<c>.csv</c>) and validates it.
/// Throws <see cref="InputException"/> carrying every error found (file, line, field, Japanese message).
/// </summary>
public static class TestSetLoader
{
    /// <param name="path">The test-set file.</param>
    /// <param name="knowledgeFolder">When given, every <c>sources</c> entry must name a file in this folder.</param>
    public static TestSet Load(string path, string? knowledgeFolder = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var errors = new InputErrorCollector(path);
        string extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".jsonl" or ".json" or ".csv"))
        {
            errors.Add(0, "file", $"テストセットは .jsonl（または .json）か .csv のファイルにしてください（指定: 「{Path.GetFileName(path)}」）");
            errors.ThrowIfAny();
        }

        if (!File.Exists(path))
        {
            errors.Add(0, "file", "ファイルが見つかりません。パスを確認してください");
            errors.ThrowIfAny();
        }

        if (knowledgeFolder is not null && !Directory.Exists(knowledgeFolder))
        {
            errors.Add(0, "knowledge", $"知識フォルダが見つかりません: {knowledgeFolder}");
            knowledgeFolder = null;
        }

        IReadOnlyList<GoldItemDraft> drafts = extension == ".csv" ? CsvGoldItemReader.Read(UserTextFile.Read(path), errors) : ReadJsonl(path, errors);
        if (drafts.Count == 0 && !errors.HasErrors)
        {
            errors.Add(0, "file", "テスト項目が 1 件もありません。1 件以上書いてください");
        }

        IReadOnlyList<GoldItem> items = new GoldItemValidator(knowledgeFolder).Validate(drafts, errors);
        errors.ThrowIfAny();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (GoldItemDraft draft in drafts)
        {
            if (draft.Id is { } id)
            {
                lines.TryAdd(id, draft.Line);
            }
        }

        return new TestSet(Path.GetFullPath(path), TestSetHash.Compute(items), items) { ItemLines = lines };
    }

    private static IReadOnlyList<GoldItemDraft> ReadJsonl(string path, InputErrorCollector errors)
    {
        using Stream utf8 = UserTextFile.OpenUtf8(path);
        return JsonlGoldItemReader.Read(utf8, errors);
    }
}
