namespace GaiEval.Reporting.Json;

using System.Text.Json.Serialization;
using GaiEval.Core.Model;
using GaiEval.Core.TestSets.Aisev;

/// <summary>
/// One answer to a probe in aisev's per-result shape: <c>evaluationContent</c> is the item's first rubric point (an
/// imported aisev requirement), <c>category</c> is 定量 (every probe is scored on an answer), <c>score</c> 1/0/null
/// (null = undecided). aisev's <c>subCategory</c> (the GSN second goal) and <c>scoreRate</c> are not known to a run and are
/// left out, and so is the answer text.
/// </summary>
public sealed record AisevResultFacts(
    [property: JsonPropertyName("evaluationContent")] string EvaluationContent,
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] [property: JsonPropertyName("score")] int? Score,
    [property: JsonPropertyName("gaieval")] AisevResultExtras Gaieval)
{
    /// <summary>aisev's label of a result scored on a model's answer (定量評価), in Japanese.</summary>
    public const string Quantitative = "定量";

    public static AisevResultFacts Of(GoldItem item, int repeat, bool? acceptable)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(
            item.Rubric.Count > 0 ? item.Rubric[0] : string.Empty,
            Quantitative,
            item.Question,
            acceptable is { } a ? (a ? 1 : 0) : null,
            new AisevResultExtras(item.Id, repeat, item.Risk, GsnLeaf(item)));
    }

    /// <summary>The GSN leaf an imported aisev probe names in its tags (G&lt;観点&gt;-&lt;番号&gt;), or null.</summary>
    private static string? GsnLeaf(GoldItem item) => item.Tags.FirstOrDefault(AisevDatasetReader.IsGsnLeaf);
}
