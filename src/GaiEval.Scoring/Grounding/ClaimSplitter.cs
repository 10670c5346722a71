namespace GaiEval.Scoring.Grounding;

using System.Text;
using System.Text.RegularExpressions;

/// <summary>
/// Splits an answer into claims: sentences ended by 。！？!? or a line break, never inside 「」『』（）【】[] or "" quotes.
/// Leading bullet markers (・ - * 1. ① (1)) are stripped and pieces without a letter or digit dropped.
/// </summary>
/// <remarks>
/// A line break always ends a claim and closes any bracket left open, so one unbalanced 「 cannot swallow the rest of
/// the answer. Runs of end marks such as 「！？」 stay with the sentence they end.
/// </remarks>
public static partial class ClaimSplitter
{
    private const string Openers = "「『（(【［[“";
    private const string Closers = "」』）)】］]”";

    public static IReadOnlyList<string> Split(string? answer)
    {
        var claims = new List<string>();
        if (string.IsNullOrEmpty(answer))
        {
            return claims;
        }

        var current = new StringBuilder();
        int depth = 0;
        bool inAsciiQuote = false;
        for (int i = 0; i < answer.Length; i++)
        {
            char c = answer[i];
            if (c is '\n' or '\r')
            {
                Flush(current, claims);
                depth = 0;
                inAsciiQuote = false;
                continue;
            }

            current.Append(c);
            if (c == '"')
            {
                inAsciiQuote = !inAsciiQuote;
            }
            else if (Openers.Contains(c))
            {
                depth++;
            }
            else if (Closers.Contains(c) && depth > 0)
            {
                depth--;
            }
            else if (IsEndMark(c) && depth == 0 && !inAsciiQuote)
            {
                while (i + 1 < answer.Length && IsEndMark(answer[i + 1]))
                {
                    current.Append(answer[++i]);
                }

                Flush(current, claims);
            }
        }

        Flush(current, claims);
        return claims;
    }

    private static bool IsEndMark(char c) => c is '。' or '！' or '？' or '!' or '?';

    private static void Flush(StringBuilder current, List<string> claims)
    {
        string claim = BulletMarker().Replace(current.ToString().Trim(), string.Empty).Trim();
        current.Clear();
        if (claim.Any(char.IsLetterOrDigit))
        {
            claims.Add(claim);
        }
    }

    [GeneratedRegex(@"^(?:[・･•●○◦■□◆◇\-‐－\*＊]+|[0-9０-９]+[.．)）](?![0-9０-９])|[（(][0-9０-９]+[)）]|[①-⑳])\s*")]
    private static partial Regex BulletMarker();
}
