namespace GaiEval.Scoring.Grounding;

using System.Buffers;
using System.Text;

/// <summary>
/// A text read one character at a time through NFKC, remembering for each resulting character where it came from, so
/// that a match in the normalised text can be reported as originally written.
/// </summary>
internal sealed class NfkcMappedText
{
    private readonly string original;
    private readonly IReadOnlyList<(int Start, int End)> sources;

    private NfkcMappedText(string original, string text, IReadOnlyList<(int Start, int End)> sources)
    {
        this.original = original;
        this.sources = sources;
        Text = text;
    }

    public string Text { get; }

    public static NfkcMappedText Of(string original)
    {
        var builder = new StringBuilder(original.Length);
        var sources = new List<(int Start, int End)>(original.Length);
        int index = 0;
        while (index < original.Length)
        {
            if (char.IsAscii(original[index]))
            {
                builder.Append(original[index]); // NFKC leaves every ASCII character as it is
                sources.Add((index, index + 1));
                index++;
                continue;
            }

            int length = Rune.DecodeFromUtf16(original.AsSpan(index), out _, out int consumed) == OperationStatus.Done ? consumed : 1;
            string normalized = CharacterForms.Nfkc.Of(original.AsSpan(index, length));
            for (int i = 0; i < normalized.Length; i++)
            {
                sources.Add((index, index + length));
            }

            builder.Append(normalized);
            index += length;
        }

        return new NfkcMappedText(original, builder.ToString(), sources);
    }

    /// <summary>The original text behind the normalised characters from <paramref name="start"/> to before <paramref name="end"/>.</summary>
    public string Original(int start, int end) => original[sources[start].Start..sources[end - 1].End];

    /// <summary>Where the normalised characters from <paramref name="start"/> to before <paramref name="end"/> lie in the original text.</summary>
    public (int Start, int End) OriginalSpan(int start, int end) => (sources[start].Start, sources[end - 1].End);
}
