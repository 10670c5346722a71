namespace GaiEval.Reporting.Text;

/// <summary>Makes untrusted text (items, answers, plan names) safe inside Markdown tables and lines.</summary>
public static class MarkdownText
{
    /// <summary>Keeps text from breaking a table row or injecting Markdown/HTML: escapes \ and |, encodes &lt; and &gt;, joins lines.</summary>
    public static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\r", " ", StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal);

    /// <summary>
    /// <see cref="Escape"/> plus backslashes before the characters that start links, images, code and emphasis, for text
    /// nobody controls (model answers, questions) so that it cannot turn into a link such as <c>[x](javascript:…)</c>.
    /// </summary>
    public static string EscapeUntrusted(string text)
    {
        var escaped = new System.Text.StringBuilder();
        foreach (char c in Escape(text))
        {
            if (c is '[' or ']' or '(' or ')' or '`' or '*' or '_' or '!' or '#' or '~')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
