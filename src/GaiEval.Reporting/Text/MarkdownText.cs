namespace GaiEval.Reporting.Text;

using System.Text;
using System.Text.RegularExpressions;

/// <summary>
/// Makes text safe inside Markdown tables and lines with Markdown's own backslash escapes (「p\&lt;0.001」 reads as
/// 「p&lt;0.001」 both rendered and as plain text), never HTML entities.
/// </summary>
public static partial class MarkdownText
{
    /// <summary>Keeps text from breaking a table row or turning into HTML: escapes \ | &lt; &gt; &amp; with a backslash, joins lines.</summary>
    public static string Escape(string text) => Backslashed(OneLine(text), c => c is '\\' or '|' or '<' or '>' or '&');

    /// <summary>
    /// <see cref="Escape"/> plus the characters that start links, images, code, emphasis and headings, the ':' of a URL scheme,
    /// the '.' of www. and '@' (so that no autolink forms either) and a leading list or heading marker, for text nobody
    /// controls (model answers, questions, names) so that it cannot turn into a link such as <c>[x](javascript:…)</c>.
    /// </summary>
    public static string EscapeUntrusted(string text)
    {
        string escaped = Backslashed(OneLine(text).TrimStart(), c => c is '\\' or '|' or '<' or '>' or '&'
            or '[' or ']' or '(' or ')' or '`' or '*' or '_' or '!' or '#' or '~' or '@');
        escaped = SchemeColon().Replace(escaped, @"$1\:");
        escaped = WwwDot().Replace(escaped, @"$1\.");
        return LeadingMarker().Replace(escaped, @"$1\$2");
    }

    private static string OneLine(string text) => text.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Backslashed(string text, Func<char, bool> special)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            if (special(c))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    /// <summary>A letter before ':' (https:, javascript:, mailto:): a URL scheme, which autolinks and link destinations need.</summary>
    [GeneratedRegex("([A-Za-z]):")]
    private static partial Regex SchemeColon();

    [GeneratedRegex("((?:^|[^A-Za-z0-9])[Ww]{3})\\.")]
    private static partial Regex WwwDot();

    /// <summary>What makes a line a list item (「- 」「+ 」「1. 」), a rule or a heading's underline (「---」「===」); 「+33.3 pt」 stays as it is.</summary>
    [GeneratedRegex(@"^(\d{1,9}(?=\.(?:\s|$))|)(\.(?=\s|$)|[-+](?=\s|$)|[-=](?=[-=\s]*$))")]
    private static partial Regex LeadingMarker();
}
