namespace GaiEval.Reporting.Json;

using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using GaiEval.Core.Inputs;

/// <summary>
/// <see cref="GaiEvalJson.WritingIndented"/> (never for reading) with compile-time metadata for the documents written beside the report, so writing
/// them does not build that metadata by reflection and JIT-compile it; the bytes are the same.
/// </summary>
internal static class ReportJson
{
    public static JsonSerializerOptions Indented { get; } = new(GaiEvalJson.WritingIndented)
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(ReportJsonContext.Default, GaiEvalJson.WritingIndented.TypeInfoResolver),
    };
}

[JsonSerializable(typeof(AnalysisDocument))]
[JsonSerializable(typeof(AisevScoresDocument))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
