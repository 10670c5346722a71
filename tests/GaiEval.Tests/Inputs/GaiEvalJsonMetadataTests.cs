namespace GaiEval.Tests.Inputs;

using System.Text.Json;
using GaiEval.Core.Inputs;
using GaiEval.Reporting.Json;
using GaiEval.Tests.Support;

/// <summary>GaiEval's options resolve every type they are used with from compile-time metadata, enums as kebab-case strings.</summary>
public sealed class GaiEvalJsonMetadataTests
{
    public static TheoryData<string> Contexts => new() { nameof(GaiEvalJsonContext), nameof(ReportJsonContext) };

    [Theory]
    [MemberData(nameof(Contexts))]
    public void Every_enum_reached_from_a_context_is_written_as_a_kebab_case_string(string context)
    {
        (Type type, JsonSerializerOptions options) = context switch
        {
            nameof(GaiEvalJsonContext) => (typeof(GaiEvalJsonContext), GaiEvalJson.Options),
            _ => (typeof(ReportJsonContext), ReportJson.Indented),
        };

        string[] missing = [.. JsonMetadataGraph.EnumsWithoutStringConverter(options, JsonMetadataGraph.RootsOf(type)).Select(t => t.FullName!)];

        Assert.True(missing.Length == 0, "JsonStringEnumConverter<TEnum> がない列挙型: " + string.Join(", ", missing));
    }

    [Fact]
    public void A_type_without_generated_metadata_is_refused_rather_than_read_by_reflection()
    {
        Assert.Throws<NotSupportedException>(() => JsonSerializer.Serialize(new Uri("https://example.jp"), GaiEvalJson.Options));
    }
}
