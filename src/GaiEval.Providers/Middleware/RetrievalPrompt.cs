namespace GaiEval.Providers.Middleware;

using System.Text;
using GaiEval.Providers.Knowledge;

/// <summary>
/// The Japanese system text of retrieval augmentation: the profile's own system prompt, the rules for answering from the
/// reference material, and the retrieved chunks, numbered and each enclosed in <c>&lt;参考資料&gt;</c> tags.
/// </summary>
internal static class RetrievalPrompt
{
    public const string Instruction = """
        以下の参考資料だけを根拠に、質問に答えてください。
        - 参考資料に書かれていないことは答えないでください。推測や一般的な知識で補わないでください。
        - 参考資料に答えが書かれていない場合は、「参考資料には該当する情報がありません」とはっきり伝え、担当の窓口（参考資料に所管課があればその課）への問い合わせを案内してください。
        - 手数料・金額・日付・期限・受付時間・電話番号などは参考資料に書かれているとおりに書き、参考資料にないものを作らないでください。
        参考資料は番号を付けて <参考資料> と </参考資料> で囲んであります。各資料の先頭には、分かる範囲で見出しと所管課・更新日を記しています。
        """;

    public const string NoMaterialInstruction = """
        この質問に関係する参考資料は見つかりませんでした。
        - 推測や一般的な知識で答えず、資料が見つからないため答えられないことをはっきり伝え、担当の窓口への問い合わせを案内してください。
        - 手数料・金額・日付・期限・受付時間・電話番号などを作らないでください。
        """;

    /// <param name="passages">The text of each chunk as <see cref="Passage"/> gives it, in the order of <paramref name="chunks"/>.</param>
    public static string Build(string? profilePrompt, IReadOnlyList<KnowledgeChunk> chunks, IReadOnlyList<string> passages)
    {
        var text = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(profilePrompt))
        {
            text.Append(profilePrompt.TrimEnd()).Append("\n\n");
        }

        if (chunks.Count == 0)
        {
            return text.Append(NoMaterialInstruction.TrimEnd()).ToString();
        }

        text.Append(Instruction.TrimEnd());
        for (int i = 0; i < chunks.Count; i++)
        {
            KnowledgeChunk chunk = chunks[i];
            text.Append("\n\n").Append($"<参考資料 番号=\"{i + 1}\" 出典=\"{chunk.Id}\">\n");
            text.Append(passages[i]).Append("\n</参考資料>");
        }

        return text.ToString();
    }

    /// <summary>The text of one chunk as the model is given it: the chunk, after its document's header when it carries none.</summary>
    public static string Passage(KnowledgeChunk chunk, IReadOnlyDictionary<string, KnowledgeDocument> documents)
    {
        var text = new StringBuilder();
        AppendHeader(text, chunk, documents);
        return text.Append(chunk.Text.Trim()).ToString();
    }

    // Heading chunks start with their heading path and metadata line already; fixed-size chunks get their document's.
    private static void AppendHeader(StringBuilder text, KnowledgeChunk chunk, IReadOnlyDictionary<string, KnowledgeDocument> documents)
    {
        if (chunk.HeadingPath.Count == 0 && documents.TryGetValue(chunk.DocumentPath, out KnowledgeDocument? document))
        {
            text.Append(document.Title).Append('\n').Append(HeadingChunker.MetadataLine(document)).Append('\n');
        }
    }
}
