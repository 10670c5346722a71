namespace GaiEval.Reporting.Json;

using System.Text.Json;
using System.Text.Json.Serialization;
using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Deployment;
using GaiEval.Core.Analysis.Economics;
using GaiEval.Core.Decision;
using GaiEval.Core.Inputs;
using GaiEval.Core.Results;

/// <summary>
/// <see cref="GaiEvalJson.Indented"/> for the documents written beside the report, with their compile-time metadata
/// (<see cref="ReportJsonContext"/>) and the converters of the enums only they contain.
/// </summary>
internal static class ReportJson
{
    public static JsonSerializerOptions Indented { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(GaiEvalJson.Indented) { TypeInfoResolver = ReportJsonContext.Default };
        foreach (JsonConverter converter in EnumConverters())
        {
            options.Converters.Add(converter);
        }

        options.MakeReadOnly();
        return options;
    }

    private static IEnumerable<JsonConverter> EnumConverters() =>
    [
        GaiEvalJsonEnums.Kebab<ComparisonOutcome>(),
        GaiEvalJsonEnums.Kebab<RecommendationKind>(),
        GaiEvalJsonEnums.Kebab<BreakEvenKind>(),
        GaiEvalJsonEnums.Kebab<CategoryGap>(),
        GaiEvalJsonEnums.Kebab<CostStatus>(),
        GaiEvalJsonEnums.Kebab<TimeSavedBasis>(),
        GaiEvalJsonEnums.Kebab<VerdictSource>(),
        GaiEvalJsonEnums.Kebab<CriterionOutcome>(),
        GaiEvalJsonEnums.Kebab<OverallOutcome>(),
        GaiEvalJsonEnums.Kebab<RunStatus>(),
    ];
}

[JsonSerializable(typeof(AnalysisDocument))]
[JsonSerializable(typeof(AisevScoresDocument))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
