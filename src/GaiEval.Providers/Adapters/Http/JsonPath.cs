namespace GaiEval.Providers.Adapters.Http;

using System.Globalization;
using System.Text;
using System.Text.Json;

/// <summary>
/// A dotted path into a JSON reply, with array indexes: <c>data.answer</c>, <c>choices[0].message.content</c>,
/// <c>[0].text</c>. A leading <c>$</c> or <c>$.</c> is allowed and ignored. Property names are matched exactly.
/// </summary>
internal sealed class JsonPath
{
    private readonly IReadOnlyList<object> segments;

    private JsonPath(string text, IReadOnlyList<object> segments)
    {
        Text = text;
        this.segments = segments;
    }

    public string Text { get; }

    /// <exception cref="FormatException">The path is empty or malformed (Japanese message naming it).</exception>
    public static JsonPath Parse(string text, string key)
    {
        ArgumentNullException.ThrowIfNull(text);
        string body = text.StartsWith("$.", StringComparison.Ordinal) ? text[2..] : text.StartsWith('$') ? text[1..] : text;
        var segments = new List<object>();
        var name = new StringBuilder();
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c == '.')
            {
                if (name.Length == 0 && (i == 0 || body[i - 1] != ']'))
                {
                    throw Malformed(text, key);
                }

                FlushName(name, segments);
            }
            else if (c == '[')
            {
                FlushName(name, segments);
                int close = body.IndexOf(']', i);
                if (close < 0 || !int.TryParse(body.AsSpan(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int index))
                {
                    throw Malformed(text, key);
                }

                segments.Add(index);
                i = close;
                if (i + 1 < body.Length && body[i + 1] is not ('.' or '['))
                {
                    throw Malformed(text, key);
                }
            }
            else if (c == ']')
            {
                throw Malformed(text, key);
            }
            else
            {
                name.Append(c);
            }
        }

        if (body.EndsWith('.'))
        {
            throw Malformed(text, key);
        }

        FlushName(name, segments);
        return segments.Count == 0 ? throw Malformed(text, key) : new JsonPath(text, segments);
    }

    /// <summary>Follows the path; on failure, <paramref name="reached"/> is the longest prefix that was found.</summary>
    public bool TryFind(JsonElement root, out JsonElement value, out string reached)
    {
        value = root;
        var prefix = new StringBuilder();
        foreach (object segment in segments)
        {
            bool found = segment switch
            {
                int index => value.ValueKind == JsonValueKind.Array && index < value.GetArrayLength(),
                string name => value.ValueKind == JsonValueKind.Object && value.TryGetProperty(name, out _),
                _ => false,
            };
            if (!found)
            {
                reached = prefix.ToString();
                return false;
            }

            value = segment is int i ? value[i] : value.GetProperty((string)segment);
            prefix.Append(segment is int n ? $"[{n}]" : prefix.Length == 0 ? (string)segment : "." + (string)segment);
        }

        reached = prefix.ToString();
        return true;
    }

    public override string ToString() => Text;

    private static void FlushName(StringBuilder name, List<object> segments)
    {
        if (name.Length > 0)
        {
            segments.Add(name.ToString());
            name.Clear();
        }
    }

    private static FormatException Malformed(string text, string key) =>
        new($"{key} のパス「{text}」を読めません。data.answer や choices[0].message.content のように、ドットと [番号] で書いてください。");
}
