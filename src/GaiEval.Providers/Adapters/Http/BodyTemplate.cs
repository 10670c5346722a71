namespace GaiEval.Providers.Adapters.Http;

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

/// <summary>
/// The JSON body of a request, with <c>{{question}}</c>, <c>{{system_prompt}}</c>, <c>{{context}}</c> and
/// <c>{{prompt}}</c> replaced in one pass (a placeholder inside substituted text stays as it is).
/// </summary>
/// <remarks>
/// A placeholder is replaced by the JSON-escaped text WITHOUT surrounding quotes, so it belongs inside a string
/// literal: <c>{"query": "{{question}}"}</c>. This lets a template also combine texts in one string, e.g.
/// <c>"{{context}}\n\n{{question}}"</c>. Quotes, backslashes and control characters are escaped; Japanese is kept as
/// it is (UTF-8). The template is checked at creation: unknown placeholders and a body that is not valid JSON once the
/// placeholders are filled are refused.
/// </remarks>
internal sealed partial class BodyTemplate
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private static readonly string[] Names = ["question", "system_prompt", "context", "prompt"];

    private readonly string template;

    private BodyTemplate(string template)
    {
        this.template = template;
    }

    /// <exception cref="FormatException">An unknown placeholder, or not JSON once filled (Japanese message).</exception>
    public static BodyTemplate Parse(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        string[] unknown = [.. Placeholder().Matches(template).Select(m => m.Groups[1].Value).Where(name => !Names.Contains(name)).Distinct()];
        if (unknown.Length > 0)
        {
            throw new FormatException(
                $"http.body に知らない差し込み {string.Join("、", unknown.Select(n => "{{" + n + "}}"))} があります。使えるのは {{{{question}}}}、{{{{system_prompt}}}}、{{{{context}}}}、{{{{prompt}}}} です。");
        }

        var body = new BodyTemplate(template);
        try
        {
            using var _ = JsonDocument.Parse(body.Render(new PromptParts("s", "p", "q", "c")));
        }
        catch (JsonException e)
        {
            throw new FormatException(
                $"http.body が JSON として正しくありません（差し込みは \"{{{{question}}}}\" のように引用符の中に書きます）: {e.Message}", e);
        }

        return body;
    }

    public string Render(PromptParts parts) => Placeholder().Replace(template, match => match.Groups[1].Value switch
    {
        "question" => Escape(parts.Question),
        "system_prompt" => Escape(parts.SystemPrompt),
        "context" => Escape(parts.Context),
        "prompt" => Escape(parts.Prompt),
        _ => match.Value,
    });

    private static string Escape(string text) => JsonEncodedText.Encode(text, Encoder).ToString();

    [GeneratedRegex(@"\{\{\s*([A-Za-z_]+)\s*\}\}")]
    private static partial Regex Placeholder();
}
