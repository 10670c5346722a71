namespace GaiEval.Scoring.Judges;

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

/// <summary>Metadata keys every judge metric carries: who judged, at what cost and how long it took (both calls when repaired).</summary>
public static class JudgeMetadata
{
    /// <summary>The model that answered (ChatResponse.ModelId of the last call); empty when the server named none.</summary>
    public const string ModelKey = "judge_model";

    public const string InputTokensKey = "judge_input_tokens";

    public const string OutputTokensKey = "judge_output_tokens";

    /// <summary>Wall-clock milliseconds of all the judge calls for one metric.</summary>
    public const string LatencyKey = "judge_latency_ms";

    /// <summary>1, or 2 when the first reply had to be repaired.</summary>
    public const string AttemptsKey = "judge_attempts";

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
