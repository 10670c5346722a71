namespace GaiEval.Providers.Knowledge;

/// <summary>
/// One validated Markdown document of a knowledge base. <see cref="Body"/> is the text after the front matter with line
/// ends as <c>\n</c>, leading blank lines and trailing white space removed; its first line is <see cref="BodyStartLine"/>.
/// </summary>
public sealed record KnowledgeDocument
{
    /// <summary>Path relative to the knowledge folder, with '/' separators (e.g. <c>住民票/写し.md</c>).</summary>
    public required string Path { get; init; }

    /// <summary>The front matter's <c>title</c>, or the file name without extension when there is none.</summary>
    public required string Title { get; init; }

    /// <summary>Every front-matter entry, in file order.</summary>
    public required IReadOnlyList<KeyValuePair<string, string>> Metadata { get; init; }

    public required string Department { get; init; }

    public required DateOnly UpdatedOn { get; init; }

    public string? Audience { get; init; }

    /// <summary>The front matter's 機密区分; public when absent.</summary>
    public GaiEval.Core.Model.Sensitivity Sensitivity { get; init; }

    public required string Body { get; init; }

    /// <summary>1-based line of the file where <see cref="Body"/> starts.</summary>
    public required int BodyStartLine { get; init; }

    public required IReadOnlyList<DocumentHeading> Headings { get; init; }

    /// <summary>The value of a front-matter key, or null.</summary>
    public string? GetMetadata(string key)
    {
        foreach (var (entryKey, value) in Metadata)
        {
            if (entryKey == key)
            {
                return value;
            }
        }

        return null;
    }
}
