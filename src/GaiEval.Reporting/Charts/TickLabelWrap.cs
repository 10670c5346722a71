namespace GaiEval.Reporting.Charts;

using System.Text;
using GaiEval.Core.Analysis;
using ScottPlot;

/// <summary>
/// Breaks an axis label into lines that fit the space of one tick (measured in the axis' own font), so that the names of
/// several providers stand side by side instead of running into each other. Runs of ASCII letters and digits stay whole
/// where they fit; at most <see cref="MaxLines"/> lines, the last cut with …
/// </summary>
internal static class TickLabelWrap
{
    public const int MaxLines = 3;

    /// <summary>The providers' names (or ASCII ids) for the bottom axis, each wrapped to its share of the chart's width.</summary>
    public static string[] ProviderNames(Plot plot, ChartLabels labels, IReadOnlyList<ProviderAnalysis> providers)
    {
        float slot = (ChartCanvas.Width - 120f) / Math.Max(1, providers.Count);
        return [.. providers.Select(p => labels.Wrapped(labels.Provider(p.ProviderId, p.Name), name => Wrap(name, plot.Axes.Bottom.TickLabelStyle, slot * 0.9f)))];
    }

    /// <summary>The label in lines no wider than <paramref name="maxWidth"/> pixels, as drawn by <paramref name="style"/>.</summary>
    public static string Wrap(string label, LabelStyle style, float maxWidth)
    {
        using Paint paint = Paint.NewDisposablePaint();
        return Wrap(label, text => style.Measure(text, paint).Width, maxWidth);
    }

    public static string Wrap(string label, Func<string, float> width, float maxWidth)
    {
        List<string> lines = [];
        var line = new StringBuilder();
        foreach (string token in Tokens(label))
        {
            string candidate = line.ToString() + token;
            if (line.Length > 0 && width(candidate.TrimEnd()) > maxWidth)
            {
                lines.Add(line.ToString().TrimEnd());
                line.Clear();
                candidate = token.TrimStart();
            }

            if (width(candidate) > maxWidth)
            {
                foreach (char c in candidate)
                {
                    if (line.Length > 0 && width(line.ToString() + c) > maxWidth)
                    {
                        lines.Add(line.ToString());
                        line.Clear();
                    }

                    line.Append(c);
                }
            }
            else
            {
                line.Clear().Append(candidate);
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line.ToString().TrimEnd());
        }

        return string.Join('\n', lines.Count <= MaxLines ? lines : [.. lines.Take(MaxLines - 1), Ellipsis(lines[MaxLines - 1], width, maxWidth)]);
    }

    private static string Ellipsis(string line, Func<string, float> width, float maxWidth)
    {
        string cut = line;
        while (cut.Length > 0 && width(cut + "…") > maxWidth)
        {
            cut = cut[..^1];
        }

        return cut + "…";
    }

    /// <summary>
    /// Each run of ASCII letters and digits (with a leading space) is one token, every other character its own, except that
    /// a character no line may start with (small kana, ー, closing brackets, 、。・) stays with the one before and an opening
    /// bracket with the one after.
    /// </summary>
    private static List<string> Tokens(string label)
    {
        List<string> tokens = [];
        foreach (string token in Pieces(label))
        {
            bool joinsPrevious = tokens.Count > 0 && (NoLineStart.Contains(token[0]) || NoLineEnd.Contains(tokens[^1][^1]));
            if (joinsPrevious)
            {
                tokens[^1] += token;
            }
            else
            {
                tokens.Add(token);
            }
        }

        return tokens;
    }

    private const string NoLineStart = "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー）」』】〕〉》、。，．・：；！？)]%";

    private const string NoLineEnd = "（「『【〔〈《([";

    private static IEnumerable<string> Pieces(string label)
    {
        var word = new StringBuilder();
        foreach (char c in label)
        {
            if (char.IsAsciiLetterOrDigit(c) || (c == ' ' && word.Length == 0))
            {
                word.Append(c);
                continue;
            }

            if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }

            if (c == ' ')
            {
                word.Append(c);
            }
            else
            {
                yield return c.ToString();
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }
}
