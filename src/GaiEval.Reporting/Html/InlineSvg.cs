namespace GaiEval.Reporting.Html;

/// <summary>Prepares a chart's SVG for inlining: drops the XML prolog and refuses anything that could run code.</summary>
internal static class InlineSvg
{
    private static readonly string[] Forbidden = ["<script", "<foreignobject", "<iframe", "<object", "<embed", "javascript:", " on"];

    public static string Checked(string svg)
    {
        ArgumentNullException.ThrowIfNull(svg);
        int start = svg.IndexOf("<svg", StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            throw new ArgumentException("図のデータが SVG ではありません。", nameof(svg));
        }

        string body = svg[start..];
        string lower = body.ToLowerInvariant();
        foreach (string token in Forbidden)
        {
            if (token == " on" ? HasEventAttribute(lower) : lower.Contains(token, StringComparison.Ordinal))
            {
                throw new ArgumentException($"図の SVG に使えない要素または属性があります: {token.Trim()}", nameof(svg));
            }
        }

        return body;
    }

    /// <summary>An attribute named on… (onload, onclick) inside a tag, outside quoted values.</summary>
    private static bool HasEventAttribute(string lower)
    {
        bool inTag = false;
        char quote = '\0';
        for (int i = 0; i < lower.Length; i++)
        {
            char c = lower[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c == '<' || c == '>')
            {
                inTag = c == '<';
            }
            else if (inTag && c is '"' or '\'')
            {
                quote = c;
            }
            else if (inTag && char.IsWhiteSpace(c) && IsEventName(lower, i + 1))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsEventName(string lower, int start)
    {
        if (start + 2 >= lower.Length || lower[start] != 'o' || lower[start + 1] != 'n' || !char.IsAsciiLetter(lower[start + 2]))
        {
            return false;
        }

        int end = start + 2;
        while (end < lower.Length && char.IsAsciiLetter(lower[end]))
        {
            end++;
        }

        while (end < lower.Length && char.IsWhiteSpace(lower[end]))
        {
            end++;
        }

        return end < lower.Length && lower[end] == '=';
    }
}
