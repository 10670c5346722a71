namespace GaiEval.Scoring.Judges;

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using GaiEval.Core.Scoring;

/// <summary>
/// The per-criterion verdicts a judge metric carries; who judged, at what cost and how long it took are in
/// <see cref="JudgeCallMetadata"/> (in Core, so that the analysis can read them).
/// </summary>
public static class JudgeMetadata
{
    /// <summary>The per-criterion verdicts as JSON ([{"point":…,"met":…}], with "label" on claims).</summary>
    public const string CriteriaKey = "judge_criteria";

    private static readonly JsonSerializerOptions CriteriaOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The value of <see cref="CriteriaKey"/>.</summary>
    public static string CriteriaJson(IEnumerable<JudgeCriterion> criteria) => JsonSerializer.Serialize(
        criteria.Select(c => new { point = c.Point, met = c.Met, label = c.Label is { } label ? ClaimLabelNames.Name(label) : null }),
        CriteriaOptions);
}
