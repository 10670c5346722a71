namespace GaiEval.Reporting.Json;

using System.Text.Json.Serialization;
using GaiEval.Core.Analysis;
using GaiEval.Core.Plans;

/// <summary>One provider as aisev's exported evaluation result: the target model and its perspectives.</summary>
public sealed record AisevEvaluationFacts(
    [property: JsonPropertyName("evaluationResultName")] string EvaluationResultName,
    [property: JsonPropertyName("targetModelName")] string TargetModelName,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] [property: JsonPropertyName("judgeModelName")] string? JudgeModelName,
    [property: JsonPropertyName("evaluationName")] string EvaluationName,
    [property: JsonPropertyName("evaluatedDate")] string EvaluatedDate,
    [property: JsonPropertyName("tenPerspectives")] IReadOnlyList<AisevPerspectiveFacts> TenPerspectives,
    [property: JsonPropertyName("gaieval")] AisevProviderExtras Gaieval)
{
    public static AisevEvaluationFacts Of(RunResults results, ProviderProfile provider, IReadOnlyList<string> perspectives)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(provider);
        string[] judges = [.. results.Plan.Judges.Select(judge => judge.Model ?? judge.Name)];
        return new(
            $"{results.Run.RunId} {provider.Name}",
            provider.Model ?? provider.Name,
            judges.Length == 0 ? null : string.Join(", ", judges),
            results.Run.PlanName,
            AisevScoresDocument.AisevDate(results.Run),
            [.. perspectives.Select(perspective => AisevPerspectiveFacts.Of(results, provider.Id, perspective))],
            new AisevProviderExtras(provider.Id, provider.Name));
    }
}
