using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace GaiEval.Core.Inputs;

/// <summary>The one JSON convention of GaiEval files and snapshots: snake_case names, kebab-case enum values.</summary>
/// <remarks>
/// The metadata of every type comes from <see cref="GaiEvalJsonContext"/>, generated at compile time (nothing built by
/// reflection, so Native AOT and trimming keep working); a type missing there fails at once rather than silently
/// falling back to reflection.
/// </remarks>
public static class GaiEvalJson
{
    public static JsonSerializerOptions Options { get; } = Create(writeIndented: false);

    public static JsonSerializerOptions Indented { get; } = Create(writeIndented: true);

    /// <summary>The metadata of <typeparamref name="T"/> under <paramref name="options"/>.</summary>
    /// <exception cref="NotSupportedException">The options' resolver does not know <typeparamref name="T"/>.</exception>
    public static JsonTypeInfo<T> Info<T>(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
    }

    private static JsonSerializerOptions Create(bool writeIndented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
            WriteIndented = writeIndented,
            TypeInfoResolver = GaiEvalJsonContext.Default,
        };
        foreach (JsonConverter converter in GaiEvalJsonEnums.Converters())
        {
            options.Converters.Add(converter);
        }

        options.MakeReadOnly();
        return options;
    }
}
