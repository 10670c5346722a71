namespace GaiEval.Scoring;

using GaiEval.Core.Model;
using GaiEval.Core.Scoring;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>The input checks every evaluator makes: problems become Error diagnostics on the metrics, never exceptions.</summary>
internal static class EvaluatorInputs
{
    public const string MissingGoldItem = "GoldItemContext がありません。正解データなしでは採点できません。";

    public const string EmptyResponse = "応答が空です。採点できません。";

    public static GoldItem? FindGoldItem(IEnumerable<EvaluationContext>? additionalContext) =>
        additionalContext?.OfType<GoldItemContext>().FirstOrDefault()?.Item;

    /// <summary>Reads the response text, or puts an Error diagnostic on every metric and returns false.</summary>
    public static bool TryReadResponse(ChatResponse? modelResponse, IReadOnlyList<EvaluationMetric> metrics, out string response)
    {
        response = modelResponse?.Text ?? string.Empty;
        if (!string.IsNullOrWhiteSpace(response))
        {
            return true;
        }

        AddError(metrics, EmptyResponse);
        return false;
    }

    public static void AddError(IEnumerable<EvaluationMetric> metrics, string message)
    {
        foreach (EvaluationMetric metric in metrics)
        {
            metric.AddDiagnostics(EvaluationDiagnostic.Error(message));
        }
    }
}
