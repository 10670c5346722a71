namespace GaiEval.Core.Inputs;

/// <summary>Holds each distinct text once while a file is read: equal texts read again are replaced by the first one.</summary>
internal sealed class TextPool
{
    private readonly Dictionary<string, string> texts = new(StringComparer.Ordinal);

    public string Get(string text)
    {
        if (texts.TryGetValue(text, out string? held))
        {
            return held;
        }

        texts.Add(text, text);
        return text;
    }
}
