namespace GaiEval.Tests.Scoring;

using System.Runtime.CompilerServices;
using GaiEval.Core.Model;
using GaiEval.Core.Scoring;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>Builds gold items, runs an evaluator on a response, and finds the shared external test data.</summary>
internal static class ScoringTestKit
{
    public static GoldItem Item(
        string[][]? mustInclude = null,
        string[]? mustNotInclude = null,
        Expectation expect = Expectation.Answer,
        string? reference = null,
        string? context = null) => new()
    {
        Id = "midori-001",
        Category = "住民問合せ対応",
        Use = ItemUses.Dialogue,
        Question = "区役所の開庁時間と住民票の手数料を教えてください。",
        Reference = reference,
        Context = context,
        MustInclude = mustInclude ?? [],
        MustNotInclude = mustNotInclude ?? [],
        Expect = expect,
    };

    public static async Task<EvaluationResult> EvaluateAsync(IEvaluator evaluator, string response, GoldItem? item) =>
        await evaluator.EvaluateAsync(response, additionalContext: item is null ? null : [new GoldItemContext(item)]);

    public static EvaluationDiagnostic SingleDiagnostic(EvaluationMetric metric) =>
        Assert.Single(metric.Diagnostics ?? []);
}
