namespace GaiEval.Tests.Support;

using System.Text.RegularExpressions;
using Markdig;

/// <summary>Markdown as a reader's viewer shows it: Markdig with GitHub's tables, autolinks and the other common extensions.</summary>
public static class RenderedMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline);

    /// <summary>Fails unless the HTML holds only text, paragraphs, headings, lists, tables, quotes, rules and emphasis: code spans (GaiEval's own) and no link, image or raw HTML.</summary>
    public static void AssertNoInjectedMarkup(string html)
    {
        string[] tags = [.. Regex.Matches(html, "<([a-zA-Z][a-zA-Z0-9]*)").Select(m => m.Groups[1].Value).Distinct()];
        string[] allowed = ["p", "ul", "ol", "li", "table", "thead", "tbody", "tr", "th", "td", "h1", "h2", "h3", "h4", "blockquote", "strong", "em", "hr", "br", "code"];
        Assert.True(tags.All(allowed.Contains), $"unexpected markup ({string.Join(' ', tags.Except(allowed))}): {html}");
    }
}
