namespace GaiEval.Scoring.Judges;

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using GaiEval.Core.Inputs;
using GaiEval.Core.Scoring;

/// <summary>
/// The per-criterion verdicts a judge metric carries; who judged, at what cost and how long it took are in
/// <see cref="JudgeCallMetadata"/> (in Core, so that the analysis can read them).
/// </summary>
public static class JudgeMetadata
{
    /// <summary>The per-criterion verdicts as JSON ([{"point":…,"met":…}], with "label" on claims).</summary>
    public const string CriteriaKey = "judge_criteria";

    private static readonly JsonTypeInfo<IEnumerable<CriterionJson>> CriteriaMetadata = GaiEvalJson.Info<IEnumerable<CriterionJson>>(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = JudgeMetadataJsonContext.Default,
    });

    /// <summary>The value of <see cref="CriteriaKey"/>.</summary>
    public static string CriteriaJson(IEnumerable<JudgeCriterion> criteria) => JsonSerializer.Serialize(
        criteria.Select(c => new CriterionJson(c.Point, c.Met, c.Label is { } label ? ClaimLabelNames.Name(label) : null)),
        CriteriaMetadata);

    /// <summary>One element of <see cref="CriteriaKey"/>'s array.</summary>
    internal sealed record CriterionJson(
        [property: JsonPropertyName("point")] string Point,
        [property: JsonPropertyName("met")] bool Met,
        [property: JsonPropertyName("label")] string? Label);
}

[JsonSerializable(typeof(IEnumerable<JudgeMetadata.CriterionJson>))]
internal sealed partial class JudgeMetadataJsonContext : JsonSerializerContext;
