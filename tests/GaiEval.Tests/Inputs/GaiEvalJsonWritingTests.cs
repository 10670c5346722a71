namespace GaiEval.Tests.Inputs;

using System.Text.Json;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.TestSets;
using GaiEval.Tests.Support;

/// <summary>
/// The writing options (compile-time metadata) give the same bytes as the reflection options for the shipped items and
/// plan, so stored items, snapshots and their hashes do not change; reading keeps the defaults of fields a JSON lacks.
/// </summary>
public sealed class GaiEvalJsonWritingTests
{
    private static readonly string Testsets = Path.Combine(RepositoryPaths.Root(), "testsets");

    public static TheoryData<string> ShippedItems => new() { "sample-ward/items.jsonl", "risk-probes/items.jsonl" };

    [Theory]
    [MemberData(nameof(ShippedItems))]
    public void Every_shipped_item_is_written_as_reflection_writes_it(string file)
    {
        IReadOnlyList<GoldItem> items = TestSetLoader.Load(Path.Combine(Testsets, file)).Items;

        Assert.NotEmpty(items);
        Assert.All(items, item => Assert.Equal(JsonSerializer.Serialize(item, GaiEvalJson.Options), JsonSerializer.Serialize(item, GaiEvalJson.Writing)));
        Assert.Equal(JsonSerializer.Serialize(items, GaiEvalJson.Indented), JsonSerializer.Serialize(items, GaiEvalJson.WritingIndented));
    }

    [Fact]
    public void The_sample_plan_snapshot_and_criteria_are_written_as_reflection_writes_them()
    {
        EvalPlan plan = PlanLoader.Load(Path.Combine(Testsets, "sample-ward", "plan.yaml")) with
        {
            Skipped = new Dictionary<string, string> { ["cloud"] = "接続できません" },
        };

        Assert.NotEmpty(plan.Criteria);
        Assert.Equal(JsonSerializer.Serialize(plan, GaiEvalJson.Indented), JsonSerializer.Serialize(plan, GaiEvalJson.WritingIndented));
        Assert.Equal(JsonSerializer.Serialize(plan.Criteria, GaiEvalJson.Options), PlanSnapshot.CriteriaJson(plan));
    }

    [Fact]
    public void An_item_stored_without_its_later_fields_reads_with_their_defaults()
    {
        GoldItem item = JsonSerializer.Deserialize<GoldItem>("""{"id":"q1","category":"税","use":"qa","question":"税は？"}""", GaiEvalJson.Options)!;

        Assert.Equal(Expectation.Answer, item.Expect);
        Assert.Equal(ItemSplit.Public, item.Split);
        Assert.Empty(item.Tags);
        Assert.Empty(item.MustInclude);
    }
}
