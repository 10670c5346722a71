using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace GaiEval.Core.Inputs;

/// <summary>The one JSON convention of GaiEval files and snapshots: snake_case names, kebab-case enum values.</summary>
public static class GaiEvalJson
{
    public static JsonSerializerOptions Options { get; } = Create(writeIndented: false, new DefaultJsonTypeInfoResolver());

    public static JsonSerializerOptions Indented { get; } = Create(writeIndented: true, new DefaultJsonTypeInfoResolver());

    /// <summary>
    /// <see cref="Options"/> for writing only: the types of <see cref="GaiEvalJsonContext"/> take compile-time metadata
    /// (nothing built by reflection and JIT-compiled at run time), the bytes are the same. Never read with it: generated
    /// metadata sets an init-only property missing from the JSON to null instead of keeping its default
    /// (dotnet/runtime#84484), so an older snapshot would read wrong.
    /// </summary>
    public static JsonSerializerOptions Writing { get; } = Create(writeIndented: false, Generated());

    /// <summary><see cref="Indented"/> for writing only, as <see cref="Writing"/>.</summary>
    public static JsonSerializerOptions WritingIndented { get; } = Create(writeIndented: true, Generated());

    private static IJsonTypeInfoResolver Generated() =>
        JsonTypeInfoResolver.Combine(GaiEvalJsonContext.Default, new DefaultJsonTypeInfoResolver());

    private static JsonSerializerOptions Create(bool writeIndented, IJsonTypeInfoResolver resolver)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
            WriteIndented = writeIndented,
            TypeInfoResolver = resolver,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.MakeReadOnly();
        return options;
    }
}
