namespace GaiEval.Providers.Knowledge;

using GaiEval.Core.Inputs;

/// <summary>
/// Loads every <c>*.md</c> below a folder (recursively, except README.md) as a validated <see cref="KnowledgeBase"/>.
/// Throws <see cref="InputException"/> with every problem found in every file.
/// </summary>
public static class KnowledgeBaseLoader
{
    private const string Field = "knowledge";

    public static KnowledgeBase Load(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        string[] paths = FindDocuments(folder);

        var errors = new List<InputError>();
        var documents = new List<KnowledgeDocument>(paths.Length);
        foreach (string path in paths)
        {
            string file = Path.Combine(folder, path.Replace('/', Path.DirectorySeparatorChar));
            KnowledgeDocument? document = KnowledgeDocumentParser.Parse(file, path, File.ReadAllBytes(file), errors);
            if (document is not null)
            {
                documents.Add(document);
            }
        }

        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }

        return new KnowledgeBase(Path.GetFullPath(folder), documents);
    }

    /// <summary>The documents' paths relative to <paramref name="folder"/>, sorted; throws when the folder is missing or has none.</summary>
    internal static string[] FindDocuments(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new InputException(folder, 0, Field, "ナレッジのフォルダが見つかりません");
        }

        string[] paths = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(file => file.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Where(file => !Path.GetFileName(file).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Select(file => Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/'))
            .ToArray();
        if (paths.Length == 0)
        {
            throw new InputException(folder, 0, Field, "Markdown 文書（*.md、README.md を除く）がありません");
        }

        Array.Sort(paths, StringComparer.Ordinal);
        return paths;
    }
}
