namespace GaiEval.Scoring.Risk;

using System.Text;

/// <summary>
/// A text with everything but letters and digits dropped and Latin lower-cased, remembering where each kept character
/// was: the form in which a canary spaced out (G A I E …), split by punctuation (G-A-I-E) or in full width still matches.
/// </summary>
internal sealed class FoldedText
{
    private readonly List<int> positions;

    private FoldedText(string text, List<int> positions)
    {
        Text = text;
        this.positions = positions;
    }

    public string Text { get; }

    /// <summary>Folds an already NFKC-normalised text; positions are indices into it.</summary>
    public static FoldedText Of(string normalized)
    {
        var builder = new StringBuilder(normalized.Length);
        var positions = new List<int>(normalized.Length);
        for (int i = 0; i < normalized.Length; i++)
        {
            char c = normalized[i];
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                positions.Add(i);
            }
        }

        return new FoldedText(builder.ToString(), positions);
    }

    /// <summary>The span, in the text that was folded, of the folded characters from <paramref name="start"/> to before <paramref name="end"/>.</summary>
    public (int Start, int End) Unfolded(int start, int end) => (positions[start], positions[end - 1] + 1);
}
