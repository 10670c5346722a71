namespace GaiEval.Providers.Knowledge.Lint;

/// <summary>Relative time expressions (今年度, 来月, 先日 …) in a document whose front matter names no 基準日.</summary>
internal sealed class RelativeTimeRule : IKnowledgeLintRule
{
    /// <summary>Longest first, so that 来年度 is not also reported as 来年.</summary>
    private static readonly string[] Expressions =
    [
        "今年度", "来年度", "昨年度", "本年度", "今年", "昨年", "来年", "本年", "今月", "来月", "先月",
        "今週", "来週", "先週", "先日", "近日", "昨日", "本日", "明日",
    ];

    public string Name => "相対時点";

    public string Help => "基準日のない文書の相対的な時点（今年度・来年度・昨年・本年・今月・来月・先日・本日 など）。" +
        "「令和8年度（2026年度）」のように明記するか、front matter に 基準日: yyyy-MM-dd を書いてください。";

    public IEnumerable<KnowledgeLintFinding> Check(KnowledgeLintDocument document, KnowledgeLintOptions options)
    {
        if (!string.IsNullOrEmpty(document.Value(LintKeys.ReferenceDate)))
        {
            yield break;
        }

        foreach ((int line, string text) in document.BodyLines)
        {
            IReadOnlyList<string> found = Find(text);
            if (found.Count > 0)
            {
                string words = string.Join("・", found.Select(word => $"「{word}」"));
                yield return document.Finding(
                    line, this, $"{words}がいつを指すかわかりません。年度・日付を明記するか、front matter に {LintKeys.ReferenceDate}: yyyy-MM-dd を書いてください");
            }
        }
    }

    private static List<string> Find(string text)
    {
        var found = new List<string>();
        int index = 0;
        while (index < text.Length)
        {
            string? word = Expressions.FirstOrDefault(candidate => string.CompareOrdinal(text, index, candidate, 0, candidate.Length) == 0);
            if (word is null)
            {
                index++;
                continue;
            }

            if (!found.Contains(word))
            {
                found.Add(word);
            }

            index += word.Length;
        }

        return found;
    }
}
