namespace GaiEval.Tests.Support;

using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

/// <summary>
/// Replies to the judges' prompts the way a well-behaved judge would: one criterion per rubric point or claim listed in the
/// prompt, every claim supported, and a score chosen per kind of prompt.
/// </summary>
public static partial class FakeJudge
{
    public static Func<FakeOpenAiRequest, string> Scoring(int rubric = 5, int equivalence = 5, int groundedness = 5, int relevance = 5) => request =>
    {
        string prompt = request.UserText;
        if (Section(prompt, "【評価観点】") is { } points)
        {
            return Reply(rubric, points.Select(p => new { point = p, met = rubric >= 4 }));
        }

        if (Section(prompt, "【回答の主張】") is { } claims)
        {
            return Reply(groundedness, claims.Select(c => new { point = c, met = true, label = "supported" }));
        }

        return Reply(prompt.Contains("模範解答", StringComparison.Ordinal) ? equivalence : relevance, Array.Empty<object>());
    };

    private static string Reply(int score, IEnumerable<object> criteria) =>
        JsonSerializer.Serialize(new { score, criteria, reason = string.Create(CultureInfo.InvariantCulture, $"テスト用の判定 {score}") });

    /// <summary>The numbered lines ("1. …") after a heading, up to the next heading; null when the prompt has no such heading.</summary>
    private static List<string>? Section(string prompt, string heading)
    {
        int start = prompt.IndexOf(heading, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var lines = new List<string>();
        foreach (string line in prompt[(start + heading.Length)..].Split('\n').Select(l => l.Trim()))
        {
            if (line.StartsWith('【'))
            {
                break;
            }

            if (NumberedLine().Match(line) is { Success: true } match)
            {
                lines.Add(match.Groups[1].Value);
            }
        }

        return lines;
    }

    [GeneratedRegex(@"^\d+\.\s*(.+)$")]
    private static partial Regex NumberedLine();
}
