namespace GaiEval.Scoring.Judges;

using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.RegularExpressions;

/// <summary>
/// Reads a judge's reply: plain JSON or JSON inside a ```json fence, with an integer score from 1 to 5 and criteria as
/// <see cref="JudgeReplyRules"/> require. A problem is described in Japanese so that it can be quoted back to the judge in
/// the repair prompt.
/// </summary>
internal static partial class JudgeReplyParser
{
    public const int MinScore = 1;

    public const int MaxScore = 5;

    public static bool TryParse(string reply, JudgeReplyRules rules, out JudgeVerdict? verdict, out string problem)
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

            if (!TryReadScore(root, out int score, out problem) || !TryReadCriteria(root, rules, out List<JudgeCriterion> criteria, out problem))
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

    private static bool TryReadCriteria(JsonElement root, JudgeReplyRules rules, out List<JudgeCriterion> criteria, out string problem)
    {
        criteria = [];
        problem = string.Empty;
        if (root.TryGetProperty("criteria", out JsonElement array) && array.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement entry in array.EnumerateArray())
            {
                if (!TryReadCriterion(entry, rules.Labels, out JudgeCriterion? criterion, out problem))
                {
                    return false;
                }

                criteria.Add(criterion);
            }
        }

        if (rules.CriteriaCount is { } count && criteria.Count != count)
        {
            string noun = rules.CriteriaNoun;
            problem = $"\"criteria\" の数が{noun}の数と違います（{noun} {count} 件、判定 {criteria.Count} 件）";
            return false;
        }

        return true;
    }

    /// <summary>
    /// A criterion needs a boolean "met" or a known "label" (the label decides "met": true for supported). An unknown label
    /// is a problem when labels are required and ignored otherwise; "met" contradicting the label is a problem.
    /// </summary>
    private static bool TryReadCriterion(JsonElement entry, bool labelsRequired, [NotNullWhen(true)] out JudgeCriterion? criterion, out string problem)
    {
        criterion = null;
        problem = string.Empty;
        if (entry.ValueKind != JsonValueKind.Object)
        {
            problem = "\"criteria\" の各要素が JSON オブジェクトではありません";
            return false;
        }

        string point = entry.TryGetProperty("point", out JsonElement p) && p.ValueKind == JsonValueKind.String ? p.GetString()! : string.Empty;
        bool? met = entry.TryGetProperty("met", out JsonElement m) && m.ValueKind is JsonValueKind.True or JsonValueKind.False ? m.GetBoolean() : null;
        string? labelText = entry.TryGetProperty("label", out JsonElement l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null;
        ClaimLabel? label = ClaimLabelNames.TryParse(labelText, out ClaimLabel parsed) ? parsed : null;
        if (labelsRequired && label is null)
        {
            problem = labelText is null
                ? $"\"criteria\" の各要素に \"label\"（{ClaimLabelNames.Choices}）がありません"
                : $"\"label\" が {ClaimLabelNames.Choices} のどれでもありません（\"{labelText}\"）";
            return false;
        }

        if (label is { } known)
        {
            bool supported = known == ClaimLabel.Supported;
            if (met is { } stated && stated != supported)
            {
                problem = $"\"met\" と \"label\" が食い違います（met {(stated ? "true" : "false")}、label \"{labelText}\"）";
                return false;
            }

            criterion = new JudgeCriterion(point, supported, known);
            return true;
        }

        if (met is null)
        {
            problem = "\"criteria\" の各要素に真偽値の \"met\" がありません";
            return false;
        }

        criterion = new JudgeCriterion(point, met.Value);
        return true;
    }

    [GeneratedRegex(@"```(?:json|JSON)?\s*(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Fence();
}
