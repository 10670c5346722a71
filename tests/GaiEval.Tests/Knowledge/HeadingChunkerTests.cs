namespace GaiEval.Tests.Knowledge;

using GaiEval.Providers.Knowledge;

public sealed class HeadingChunkerTests : IDisposable
{
    private readonly TempKnowledgeFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Makes_one_chunk_per_section_with_text_and_one_for_the_text_before_the_first_heading()
    {
        IReadOnlyList<KnowledgeChunk> chunks = ChunksOf("窓口/住民票.md", TempKnowledgeFolder.FeeDocument);

        Assert.Equal(
            [
                ("窓口/住民票.md#住民票の写しの交付", 7),
                ("窓口/住民票.md#手数料はいくらですか", 10),
                ("窓口/住民票.md#必要なものは何ですか", 13),
                ("窓口/住民票.md#郵送で請求できますか", 17),
            ],
            chunks.Select(chunk => (chunk.Id, chunk.Line)));
        Assert.All(chunks, chunk => Assert.Equal("窓口/住民票.md", chunk.DocumentPath));
    }

    [Fact]
    public void Keeps_the_heading_path_from_the_title_down()
    {
        IReadOnlyList<KnowledgeChunk> chunks = ChunksOf("住民票.md", TempKnowledgeFolder.FeeDocument);

        Assert.Equal(["住民票の写しの交付"], chunks[0].HeadingPath);
        Assert.Equal(["住民票の写しの交付", "住民票の写し", "必要なものは何ですか"], chunks[2].HeadingPath);
        Assert.Equal(["住民票の写しの交付", "郵送請求", "郵送で請求できますか"], chunks[3].HeadingPath);
    }

    [Fact]
    public void Starts_the_text_with_the_heading_path_and_the_metadata_line_then_the_section_only()
    {
        IReadOnlyList<KnowledgeChunk> chunks = ChunksOf("住民票.md", TempKnowledgeFolder.FeeDocument);

        Assert.Equal(
            "住民票の写しの交付 > 住民票の写し > 手数料はいくらですか\n所管課: 区民課 / 更新日: 2026-04-01 / 対象: 区民\n1通300円です。",
            chunks[1].Text);
        Assert.Equal(
            "住民票の写しの交付\n所管課: 区民課 / 更新日: 2026-04-01 / 対象: 区民\n住民票の写しは区民課の窓口で交付します。",
            chunks[0].Text);
    }

    [Fact]
    public void Leaves_out_the_audience_when_the_document_has_none()
    {
        IReadOnlyList<KnowledgeChunk> chunks = ChunksOf("a.md", "---\ntitle: 題\n所管課: 税務課\n更新日: 2025-12-24\n---\n## 節\n本文");

        Assert.Equal("題 > 節\n所管課: 税務課 / 更新日: 2025-12-24\n本文", Assert.Single(chunks).Text);
    }

    [Fact]
    public void Numbers_repeated_headings_in_one_file()
    {
        const string text = "---\n所管課: 区民課\n更新日: 2026-04-01\n---\n## 住民票\n### 手数料\n300円\n## 印鑑登録証明書\n### 手数料\n300円\n## 戸籍\n### 手数料\n450円\n";

        IReadOnlyList<KnowledgeChunk> chunks = ChunksOf("f.md", text);

        Assert.Equal(["f.md#手数料", "f.md#手数料~2", "f.md#手数料~3"], chunks.Select(chunk => chunk.Id));
        Assert.Equal(["f", "印鑑登録証明書", "手数料"], chunks[1].HeadingPath);
    }

    [Fact]
    public void Does_not_repeat_a_top_heading_that_equals_the_title()
    {
        IReadOnlyList<KnowledgeChunk> chunks = ChunksOf("g.md", "---\ntitle: ごみの出し方\n所管課: 清掃課\n更新日: 2026-04-01\n---\n# ごみの出し方\n## 収集日\n週2回です。");

        Assert.Equal(["ごみの出し方", "収集日"], Assert.Single(chunks).HeadingPath);
    }

    [Fact]
    public void Cuts_a_section_at_the_next_heading_of_any_level()
    {
        IReadOnlyList<KnowledgeChunk> chunks = ChunksOf("h.md", "---\n所管課: 区民課\n更新日: 2026-04-01\n---\n## 上\n上の本文\n#### 深い\n深い本文\n# 浅い\n浅い本文");

        Assert.Equal(["上の本文", "深い本文", "浅い本文"], chunks.Select(chunk => chunk.Text.Split('\n')[^1]));
        Assert.Equal(["h", "上", "深い"], chunks[1].HeadingPath);
        Assert.Equal(["h", "浅い"], chunks[2].HeadingPath);
    }

    private IReadOnlyList<KnowledgeChunk> ChunksOf(string path, string text)
    {
        folder.Write(path, text);
        KnowledgeDocument document = Assert.Single(KnowledgeBaseLoader.Load(folder.Path).Documents);
        return HeadingChunker.Instance.Chunk(document);
    }
}
