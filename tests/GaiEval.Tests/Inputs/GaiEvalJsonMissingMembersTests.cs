namespace GaiEval.Tests.Inputs;

using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Rounds;
using GaiEval.Core.Rounds.Contamination;
using GaiEval.Core.Rounds.Exposure;
using GaiEval.Tests.Support;

/// <summary>
/// A member missing from stored JSON (a plan snapshot, an item or a round file written by an older gaieval) reads as the
/// property's initializer, as reflection read it, although generated metadata sets a missing init-only property to
/// null or 0 (dotnet/runtime#84484).
/// </summary>
public sealed class GaiEvalJsonMissingMembersTests
{
    /// <summary>The types GaiEval reads with <see cref="GaiEvalJson.Options"/>.</summary>
    private static readonly Type[] ReadRoots =
        [typeof(GoldItem), typeof(EvalPlan), typeof(List<string>), typeof(RoundRun), typeof(RoundCanary), typeof(RoundExposure), typeof(List<CompletionProbeResult>)];

    public static TheoryData<string> ObjectTypesRead()
    {
        var data = new TheoryData<string>();
        foreach (Type type in JsonMetadataGraph.TypesReachedFrom(GaiEvalJson.Options, ReadRoots)
                     .Where(type => GaiEvalJson.Options.GetTypeInfo(type).Kind == JsonTypeInfoKind.Object && type.GetConstructor(Type.EmptyTypes) is not null)
                     .OrderBy(type => type.FullName, StringComparer.Ordinal))
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Fact]
    public void The_types_read_include_the_plan_and_its_settings()
    {
        string[] types = [.. ObjectTypesRead().Cast<object[]>().Select(row => (string)row[0])];

        Assert.Contains(typeof(ProviderLimits).FullName!, types);
        Assert.Contains(typeof(RetrievalSettings).FullName!, types);
        Assert.Contains(typeof(Criterion).FullName!, types);
        Assert.Contains(typeof(GoldItem).FullName!, types);
    }

    [Theory]
    [MemberData(nameof(ObjectTypesRead))]
    public void Every_member_missing_from_the_json_reads_as_its_initializer(string typeName)
    {
        Type type = typeof(GaiEvalJson).Assembly.GetType(typeName, throwOnError: true)!;
        object initialized = Activator.CreateInstance(type)!; // runs the initializers; required members stay unset
        JsonSerializerOptions reflection = ReflectionJson.Options;

        object read = JsonSerializer.Deserialize("{}", NothingRequired.GetTypeInfo(type))!;

        Assert.Equal(JsonSerializer.Serialize(initialized, type, reflection), JsonSerializer.Serialize(read, type, reflection));
    }

    [Fact]
    public void A_stored_plan_without_its_later_settings_reads_with_their_defaults()
    {
        EvalPlan plan = PlanSnapshot.FromJson("""
            {"name":"p","plan_file":"plan.yaml","test_set":"items.jsonl",
             "providers":[{"id":"a","name":"A","method":"cloud","adapter":"openai","retrieval":{},"limits":{}}],
             "criteria":[{"metric":"accuracy","op":">=","value":0.8}],"round":{}}
            """);

        Assert.Equal(1, plan.Repeats);
        Assert.Empty(plan.Judges);
        Assert.Empty(plan.Skipped);
        Assert.Equal(new ProviderLimits(), plan.Providers[0].Limits);
        Assert.Equal(4, plan.Providers[0].Limits.Concurrency);
        Assert.Equal(new RetrievalSettings(), plan.Providers[0].Retrieval);
        Assert.Equal("o200k_base", plan.Providers[0].Tokenizer);
        Assert.True(plan.Criteria[0].Required);
        Assert.Equal("all", plan.Criteria[0].Scope);
        Assert.Equal(20, plan.Round!.CompletionProbes);
        Assert.Equal(new ProviderLimits(), plan.Round.Limits);
    }

    [Fact]
    public void A_stored_item_without_its_later_fields_reads_with_their_defaults()
    {
        GoldItem item = JsonSerializer.Deserialize("""{"id":"q1","category":"税","use":"qa","question":"税は？"}""", GaiEvalJson.Info<GoldItem>(GaiEvalJson.Options))!;

        Assert.Equal(Expectation.Answer, item.Expect);
        Assert.Equal(ItemSplit.Public, item.Split);
        Assert.Empty(item.Tags);
        Assert.Empty(item.MustInclude);
        Assert.Empty(item.MustNotInclude);
        Assert.Empty(item.Sources);
        Assert.Empty(item.Rubric);
    }

    /// <summary>GaiEval's generated metadata with no member required, so that "{}" leaves every member missing.</summary>
    private static readonly JsonSerializerOptions NothingRequired = new(GaiEvalJson.Options)
    {
        TypeInfoResolver = GaiEvalJson.Options.TypeInfoResolver!.WithAddedModifier(info =>
        {
            foreach (JsonPropertyInfo property in info.Properties)
            {
                property.IsRequired = false;
            }
        }),
    };
}
