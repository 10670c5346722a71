namespace GaiEval.Providers.Knowledge;

/// <summary>
/// One chunk per section: the text under a heading up to the next heading of any level; text before the first heading is
/// a section under the title. A section with no text of its own is skipped. The chunk text is the heading path
/// (title &gt; ## &gt; ###), a metadata line (所管課・更新日・対象) and the section text.
/// The id is <c>path.md#見出し</c> (the last heading, or the title for the text before the first heading), so that a gold
/// item's source <c>path.md#見出し</c> names it; a repeated heading in the same file gets <c>~2</c>, <c>~3</c>, ….
/// </summary>
public sealed class HeadingChunker : IChunker
{
    public const string PathSeparator = " > ";

    public static HeadingChunker Instance { get; } = new();

    public IReadOnlyList<KnowledgeChunk> Chunk(KnowledgeDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        string[] lines = document.Body.Split('\n');
        var builder = new ChunkListBuilder(document);
        IReadOnlyList<DocumentHeading> headings = document.Headings;
        int firstHeading = headings.Count > 0 ? headings[0].Line - document.BodyStartLine : lines.Length;
        builder.Add([document.Title], Section(lines, 0, firstHeading), document.BodyStartLine);

        var open = new List<DocumentHeading>();
        for (int i = 0; i < headings.Count; i++)
        {
            DocumentHeading heading = headings[i];
            open.RemoveAll(outer => outer.Level >= heading.Level);
            open.Add(heading);
            int start = heading.Line - document.BodyStartLine + 1;
            int end = i + 1 < headings.Count ? headings[i + 1].Line - document.BodyStartLine : lines.Length;
            builder.Add(HeadingPath(document.Title, open), Section(lines, start, end), heading.Line);
        }

        return builder.Chunks;
    }

    /// <summary>The line under the heading path: 所管課, 更新日 and, when present, 対象.</summary>
    public static string MetadataLine(KnowledgeDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        string line = $"{MetadataKeys.Department}: {document.Department} / {MetadataKeys.UpdatedOn}: {document.UpdatedOn:yyyy-MM-dd}";
        return document.Audience is null ? line : $"{line} / {MetadataKeys.Audience}: {document.Audience}";
    }

    private static string[] HeadingPath(string title, List<DocumentHeading> open)
    {
        IEnumerable<string> texts = open.Select(heading => heading.Text);
        if (open[0].Level == 1 && open[0].Text == title)
        {
            texts = texts.Skip(1);
        }

        return [title, .. texts];
    }

    private static string Section(string[] lines, int start, int end) =>
        start >= end ? string.Empty : string.Join('\n', lines[start..end]).Trim();

    private sealed class ChunkListBuilder(KnowledgeDocument document)
    {
        private readonly Dictionary<string, int> seen = new(StringComparer.Ordinal);
        private readonly string metadataLine = MetadataLine(document);

        public List<KnowledgeChunk> Chunks { get; } = [];

        public void Add(string[] headingPath, string section, int line)
        {
            if (section.Length == 0)
            {
                return;
            }

            string id = $"{document.Path}#{headingPath[^1]}";
            int count = seen[id] = seen.GetValueOrDefault(id) + 1;
            if (count > 1)
            {
                id = $"{id}~{count}";
            }

            string text = $"{string.Join(PathSeparator, headingPath)}\n{metadataLine}\n{section}";
            Chunks.Add(new KnowledgeChunk(id, document.Path, headingPath, text, line));
        }
    }
}
