namespace GaiEval.Providers.Knowledge.Lint;

/// <summary>
/// References with nothing to point to: 上記・前述 on the first line of a section (a retrieved passage starts there), 下表・次の表
/// with no table after them, 上表 with no table before, 別紙・別添 in a document without a link.
/// </summary>
internal sealed class DanglingReferenceRule : IKnowledgeLintRule
{
    private static readonly string[] Preceding = ["上記", "前述", "上述", "前記"];
    private static readonly string[] TableBelow = ["下表", "次の表", "以下の表", "下記の表"];
    private static readonly string[] TableAbove = ["上表", "前の表"];
    private static readonly string[] Attachments = ["別紙", "別添"];

    public string Name => "参照";

    public string Help => "指す先のない参照。節の最初の行の 上記・前述（検索ではその節だけが渡されます）、後に表のない 下表・次の表、" +
        "前に表のない 上表、リンクのない文書の 別紙・別添。参照先の内容か名前（文書「…」、「…」の表）を書いてください。";

    public IEnumerable<KnowledgeLintFinding> Check(KnowledgeLintDocument document, KnowledgeLintOptions options)
    {
        var lines = document.BodyLines.ToList();
        bool hasLink = lines.Any(line => line.Text.Contains("](", StringComparison.Ordinal));
        bool sectionHasText = false;
        for (int index = 0; index < lines.Count; index++)
        {
            (int line, string text) = lines[index];
            if (MarkdownHeadings.TryParse(text, out _, out _))
            {
                sectionHasText = false;
                continue;
            }

            var problems = new List<string>();
            if (!sectionHasText && Contained(text, Preceding) is { } preceding)
            {
                problems.Add($"節の最初の行の「{preceding}」は、検索でこの節だけが渡されると指す先がありません");
            }

            if (Contained(text, TableBelow) is { } below && !lines.Skip(index + 1).Any(other => IsTable(other.Text)))
            {
                problems.Add($"「{below}」の後に表がありません");
            }

            if (Contained(text, TableAbove) is { } above && !lines.Take(index).Any(other => IsTable(other.Text)))
            {
                problems.Add($"「{above}」の前に表がありません");
            }

            if (!hasLink && Contained(text, Attachments) is { } attachment)
            {
                problems.Add($"「{attachment}」を指すリンクや添付が文書にありません");
            }

            if (problems.Count > 0)
            {
                yield return document.Finding(line, this, string.Join("。", problems) + "。参照先の内容か名前を書いてください");
            }

            sectionHasText |= !string.IsNullOrWhiteSpace(text);
        }
    }

    private static string? Contained(string text, string[] words) =>
        words.FirstOrDefault(word => text.Contains(word, StringComparison.Ordinal));

    private static bool IsTable(string text)
    {
        string trimmed = text.TrimStart();
        return trimmed.StartsWith('|') || trimmed.Contains("<table", StringComparison.OrdinalIgnoreCase);
    }
}
