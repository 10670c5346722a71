namespace GaiEval.Scoring.Judges;

using System.Text.Json;
using System.Text.RegularExpressions;

/// <summary>
/// Reads a judge's reply: plain JSON or JSON inside a ```json fence, with an integer score from 1 to 5. A problem is
/// described in Japanese so that it can be quoted back to the judge in the repair prompt.
/// </summary>
internal static partial class JudgeReplyParser
{
    public const int MinScore = 1;

    public const int MaxScore = 5;

    /// <param name="expectedCriteria">The number of criteria the reply must carry (rubric points); null when any number will do.</param>
    public static bool TryParse(string reply, int? expectedCriteria, out JudgeVerdict? verdict, out string problem)
    {
        verdict = null;
        problem = string.Empty;
        string json = Unfence(reply);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            problem = $"JSON として読めません（{e.Message}）";
            return false;
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = "JSON オブジェクト {…} ではありません";
                return false;
            }

            if (!TryReadScore(root, out int score, out problem) || !TryReadCriteria(root, expectedCriteria, out List<JudgeCriterion> criteria, out problem))
            {
                return false;
            }

            string reason = root.TryGetProperty("reason", out JsonElement r) && r.ValueKind == JsonValueKind.String ? r.GetString()!.Trim() : string.Empty;
            verdict = new JudgeVerdict(score, criteria, reason);
            return true;
        }
    }

    private static string Unfence(string reply)
    {
        Match fence = Fence().Match(reply);
        return (fence.Success ? fence.Groups[1].Value : reply).Trim();
    }

    private static bool TryReadScore(JsonElement root, out int score, out string problem)
    {
        score = 0;
        problem = string.Empty;
        if (!root.TryGetProperty("score", out JsonElement element) || element.ValueKind != JsonValueKind.Number)
        {
            problem = "\"score\" が数値ではありません";
            return false;
        }

        double value = element.GetDouble();
        if (value != Math.Floor(value) || value < MinScore || value > MaxScore)
        {
            problem = $"\"score\" が {MinScore}〜{MaxScore} の整数ではありません（{element.GetRawText()}）";
            return false;
        }

        score = (int)value;
        return true;
    }

    private static bool TryReadCriteria(JsonElement root, int? expected, out List<JudgeCriterion> criteria, out string problem)
    {
        criteria = [];
        problem = string.Empty;
        if (root.TryGetProperty("criteria", out JsonElement array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement entry in array.EnumerateArray())
            {
                if (entry.ValueKind != JsonValueKind.Object
                    || !entry.TryGetProperty("met", out JsonElement met) || met.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    problem = "\"criteria\" の各要素に真偽値の \"met\" がありません";
                    return false;
                }

                string point = entry.TryGetProperty("point", out JsonElement p) && p.ValueKind == JsonValueKind.String ? p.GetString()! : string.Empty;
                criteria.Add(new JudgeCriterion(point, met.GetBoolean()));
            }
        }

        if (expected is { } count && criteria.Count != count)
        {
            problem = $"\"criteria\" の数が観点の数と違います（観点 {count} 件、判定 {criteria.Count} 件）";
            return false;
        }

        return true;
    }

    [GeneratedRegex(@"```(?:json|JSON)?\s*(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Fence();
}
