namespace GaiEval.Tests.Reporting;

using System.Net;
using System.Text.RegularExpressions;
using GaiEval.Reporting.Text;
using GaiEval.Tests.Support;

/// <summary>The Markdown escapes read through a real Markdown renderer (Markdig, with GitHub's tables and autolinks).</summary>
public sealed class MarkdownTextTests
{
    public static readonly string[] Hostile =
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[詳しくはこちら](javascript:alert(1))",
        "![画像](https://evil.example/x.png)",
        "公式サイト https://evil.example/phish をご覧ください",
        "www.evil.example で申請できます",
        "<https://evil.example>",
        "問い合わせ: evil@evil.example",
        "[ref]: https://evil.example",
        "&lt;script&gt; と &#x3c;b&#x3e;",
        "`code` **太字** _斜体_ ~~取り消し~~",
        "手数料 | 300円 \\| 改行\n# 見出し",
        "1. 番号",
        "- 箇条",
        "===",
        "> 引用",
        "p<0.001 かつ 9:00〜17:00",
    ];

    public static TheoryData<string> HostileTexts() => [.. Hostile];

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Untrusted_text_renders_as_exactly_its_own_text_in_a_table_cell_and_in_a_bullet(string text)
    {
        string escaped = MarkdownText.EscapeUntrusted(text);
        string table = RenderedMarkdown.ToHtml($"| 回答 | 列 |\n|---|---|\n| {escaped} | x |\n");
        string bullet = RenderedMarkdown.ToHtml($"前の行\n- {escaped}\n\n{escaped}\n");

        foreach (string html in new[] { table, bullet })
        {
            RenderedMarkdown.AssertNoInjectedMarkup(html);
            Assert.DoesNotContain("<strong>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<em>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<code>", html, StringComparison.Ordinal);
        }

        string expected = text.Replace('\n', ' ');
        Assert.Equal(expected, Cell(table));
        Assert.Equal(expected, Decoded(Regex.Match(bullet, "<li>(.*?)</li>", RegexOptions.Singleline).Groups[1].Value));
    }

    [Fact]
    public void Own_text_is_escaped_with_backslashes_not_entities_and_reads_the_same_rendered()
    {
        string escaped = MarkdownText.Escape("p<0.001 | A&B > C");

        Assert.Equal(@"p\<0.001 \| A\&B \> C", escaped);
        Assert.Equal("p<0.001 | A&B > C", Cell(RenderedMarkdown.ToHtml($"| h |\n|---|\n| {escaped} |\n")));
    }

    private static string Cell(string tableHtml) => Decoded(Regex.Match(tableHtml, "<td>(.*?)</td>", RegexOptions.Singleline).Groups[1].Value);

    private static string Decoded(string html) => WebUtility.HtmlDecode(html).Trim();
}
