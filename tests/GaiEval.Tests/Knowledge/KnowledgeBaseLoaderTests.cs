namespace GaiEval.Tests.Knowledge;

using System.Text;
using GaiEval.Core.Inputs;
using GaiEval.Providers.Knowledge;

public sealed class KnowledgeBaseLoaderTests : IDisposable
{
    private const string ValidHeader = "---\n所管課: 区民課\n更新日: 2026-04-01\n---\n";

    private readonly TempKnowledgeFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Loads_every_markdown_file_below_the_folder_sorted_ordinally_without_readme()
    {
        folder.Write("b.md", ValidHeader + "本文B")
            .Write("a/c.md", ValidHeader + "本文C")
            .Write("A.md", ValidHeader + "本文A")
            .Write("README.md", "説明だけ")
            .Write("a/README.md", "説明だけ")
            .Write("notes.txt", "対象外");

        KnowledgeBase knowledge = KnowledgeBaseLoader.Load(folder.Path);

        Assert.Equal(["A.md", "a/c.md", "b.md"], knowledge.Documents.Select(document => document.Path));
        Assert.Equal(Path.GetFullPath(folder.Path), knowledge.Folder);
    }

    [Fact]
    public void Keeps_all_metadata_in_file_order_and_reads_the_known_keys()
    {
        folder.Write("faq.md", "---\n更新日: 2026-04-01\ntitle: \"住民票\"\nタグ: 窓口, 証明書\n所管課: 区民課\n対象: 区民\n---\n本文");

        KnowledgeDocument document = Assert.Single(KnowledgeBaseLoader.Load(folder.Path).Documents);

        Assert.Equal(["更新日", "title", "タグ", "所管課", "対象"], document.Metadata.Select(entry => entry.Key));
        Assert.Equal("窓口, 証明書", document.GetMetadata("タグ"));
        Assert.Equal("住民票", document.Title);
        Assert.Equal("区民課", document.Department);
        Assert.Equal(new DateOnly(2026, 4, 1), document.UpdatedOn);
        Assert.Equal("区民", document.Audience);
        Assert.Null(document.GetMetadata("なし"));
    }

    [Fact]
    public void Takes_the_file_name_as_title_when_the_front_matter_has_none()
    {
        folder.Write("子育て/児童手当.md", ValidHeader + "本文");

        KnowledgeDocument document = Assert.Single(KnowledgeBaseLoader.Load(folder.Path).Documents);

        Assert.Equal("児童手当", document.Title);
        Assert.Null(document.Audience);
    }

    [Fact]
    public void Records_the_source_line_of_each_heading_and_of_the_body()
    {
        folder.Write("住民票.md", TempKnowledgeFolder.FeeDocument);

        KnowledgeDocument document = Assert.Single(KnowledgeBaseLoader.Load(folder.Path).Documents);

        Assert.Equal(7, document.BodyStartLine);
        Assert.StartsWith("住民票の写しは区民課の窓口で交付します。", document.Body, StringComparison.Ordinal);
        Assert.Equal(
            [
                new DocumentHeading(2, "住民票の写し", 9),
                new DocumentHeading(3, "手数料はいくらですか", 10),
                new DocumentHeading(3, "必要なものは何ですか", 13),
                new DocumentHeading(2, "郵送請求", 16),
                new DocumentHeading(3, "郵送で請求できますか", 17),
            ],
            document.Headings);
    }

    [Fact]
    public void Ignores_heading_marks_inside_code_blocks_and_without_a_space()
    {
        folder.Write("x.md", ValidHeader + "\n\n## 本当の見出し ##\n```\n## コード内\n```\n#ハッシュタグ\n####### 七段\n");

        KnowledgeDocument document = Assert.Single(KnowledgeBaseLoader.Load(folder.Path).Documents);

        Assert.Equal([new DocumentHeading(2, "本当の見出し", 7)], document.Headings);
    }

    [Fact]
    public void Accepts_a_byte_order_mark_and_windows_line_ends()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\r\n所管課: 区民課\r\n更新日: 2026-04-01\r\n---\r\n## 見出し\r\n本文\r\n")];
        folder.WriteBytes("bom.md", bytes);

        KnowledgeDocument document = Assert.Single(KnowledgeBaseLoader.Load(folder.Path).Documents);

        Assert.Equal("## 見出し\n本文", document.Body);
        Assert.Equal([new DocumentHeading(2, "見出し", 5)], document.Headings);
    }

    [Theory]
    [InlineData("所管課: 区民課\n更新日: 2026-04-01\n本文", 1, "front matter")]
    [InlineData("---\n所管課: 区民課\n更新日: 2026-04-01\n本文", 1, "front matter")]
    [InlineData("---\n所管課: 区民課\n更新日: 2026-04-01\n担当は区民課\n---\n本文", 4, "front matter")]
    [InlineData("---\n所管課: 区民課\n担当者：山田\n更新日: 2026-04-01\n---\n本文", 3, "front matter")]
    [InlineData("---\n更新日: 2026-04-01\n---\n本文", 1, "所管課")]
    [InlineData("---\n所管課:\n更新日: 2026-04-01\n---\n本文", 2, "所管課")]
    [InlineData("---\n所管課: 区民課\n---\n本文", 1, "更新日")]
    [InlineData("---\n所管課: 区民課\n更新日: 2026/04/01\n---\n本文", 3, "更新日")]
    [InlineData("---\n所管課: 区民課\n更新日: 2026-02-30\n---\n本文", 3, "更新日")]
    [InlineData("---\n所管課: 区民課\n更新日: 2026-04-01\n所管課: 総務課\n---\n本文", 4, "所管課")]
    [InlineData("---\n所管課: 区民課\n更新日: 2026-04-01\n---\n\n  \n", 5, "本文")]
    [InlineData("", 1, "front matter")]
    [InlineData("---\n所管課: 区民課\n更新日: 2026-04-01\n機密区分: 秘\n---\n本文", 4, "機密区分")]
    public void Reports_each_kind_of_bad_document_with_its_line_and_field(string text, int line, string field)
    {
        folder.Write("bad.md", text);

        var exception = Assert.Throws<InputException>(() => KnowledgeBaseLoader.Load(folder.Path));

        InputError error = Assert.Single(exception.Errors);
        Assert.Equal(new InputError(folder.FileOf("bad.md"), line, field, error.Message), error);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", error.Message);
    }

    [Fact]
    public void Reports_invalid_utf8_with_the_line_of_the_first_bad_byte()
    {
        byte[] head = Encoding.UTF8.GetBytes("---\n所管課: 区民課\n更新日: ");
        folder.WriteBytes("sjis.md", [.. head, 0x82, 0xA0, .. Encoding.UTF8.GetBytes("\n---\n本文")]);

        var exception = Assert.Throws<InputException>(() => KnowledgeBaseLoader.Load(folder.Path));

        InputError error = Assert.Single(exception.Errors);
        Assert.Equal((folder.FileOf("sjis.md"), 3, "文字コード"), (error.File, error.Line, error.Field));
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_every_error_of_every_file_at_once()
    {
        folder.Write("a.md", "---\n所管課 区民課\n更新日: 令和8年4月1日\n---\n")
            .Write("b.md", "見出しだけ")
            .Write("c.md", ValidHeader + "正しい本文");

        var exception = Assert.Throws<InputException>(() => KnowledgeBaseLoader.Load(folder.Path));

        Assert.Equal(
            [
                (folder.FileOf("a.md"), 1, "所管課"),
                (folder.FileOf("a.md"), 2, "front matter"),
                (folder.FileOf("a.md"), 3, "更新日"),
                (folder.FileOf("a.md"), 5, "本文"),
                (folder.FileOf("b.md"), 1, "front matter"),
            ],
            exception.Errors.Select(error => (error.File, error.Line, error.Field)));
        Assert.Contains($"{folder.FileOf("a.md")}:3: 更新日: ", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_folder_without_documents()
    {
        folder.Write("README.md", "説明だけ");

        var exception = Assert.Throws<InputException>(() => KnowledgeBaseLoader.Load(folder.Path));

        InputError error = Assert.Single(exception.Errors);
        Assert.Equal((folder.Path, 0, "knowledge"), (error.File, error.Line, error.Field));
        Assert.Contains("*.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_folder_that_does_not_exist()
    {
        string missing = Path.Combine(folder.Path, "ない");

        var exception = Assert.Throws<InputException>(() => KnowledgeBaseLoader.Load(missing));

        Assert.Equal(missing, Assert.Single(exception.Errors).File);
    }
}
