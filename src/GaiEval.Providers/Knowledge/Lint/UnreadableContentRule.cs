namespace GaiEval.Providers.Knowledge.Lint;

/// <summary>Images and HTML tables: the retrieval reads text only, so what they show never reaches the model.</summary>
internal sealed class UnreadableContentRule : IKnowledgeLintRule
{
    public string Name => "読めない形式";

    public string Help => "検索で読めない画像（![説明](ファイル)、<img>）と HTML の表（<table>）。内容を文章か Markdown の表（| … |）で書いてください。";

    public IEnumerable<KnowledgeLintFinding> Check(KnowledgeLintDocument document, KnowledgeLintOptions options)
    {
        foreach ((int line, string text) in document.BodyLines)
        {
            int image = text.IndexOf("![", StringComparison.Ordinal);
            if ((image >= 0 && text.IndexOf("](", image, StringComparison.Ordinal) > image) || text.Contains("<img", StringComparison.OrdinalIgnoreCase))
            {
                yield return document.Finding(line, this, "画像の内容は検索で読めません。画像が示す内容を文章で書いてください");
            }

            if (text.Contains("<table", StringComparison.OrdinalIgnoreCase))
            {
                yield return document.Finding(line, this, "HTML の表は検索で読めません。Markdown の表（| … |）か文章にしてください");
            }
        }
    }
}
