namespace GaiEval.Tests.Inputs;

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Rounds;
using GaiEval.Core.TestSets;
using GaiEval.Tests.Support;

/// <summary>
/// Compile-time metadata writes the bytes reflection wrote for the shipped items and plan, so stored items, snapshots
/// and every hash over them stay as they were.
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
        Assert.All(items, item => Assert.Equal(
            JsonSerializer.Serialize(item, ReflectionJson.Options), JsonSerializer.Serialize(item, GaiEvalJson.Info<GoldItem>(GaiEvalJson.Options))));
        Assert.Equal(
            JsonSerializer.Serialize(items, ReflectionJson.Indented),
            JsonSerializer.Serialize(items, GaiEvalJson.Info<IReadOnlyList<GoldItem>>(GaiEvalJson.Indented)));
    }

    [Theory]
    [MemberData(nameof(ShippedItems))]
    public void The_test_set_hash_and_the_hidden_set_form_are_those_of_reflection(string file)
    {
        IReadOnlyList<GoldItem> items = [.. TestSetLoader.Load(Path.Combine(Testsets, file)).Items.Select(item => item with { Split = ItemSplit.Hidden })];
        byte[] reflected = Encoding.UTF8.GetBytes(string.Join('\n', items.OrderBy(i => i.Id, StringComparer.Ordinal).Select(i => JsonSerializer.Serialize(i, ReflectionJson.Options))));

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(items, ReflectionJson.Options))), TestSetHash.Compute(items));
        Assert.Equal(reflected, HiddenSetCommitment.CanonicalForm(items));
    }

    [Fact]
    public void The_sample_plan_snapshot_and_criteria_are_written_as_reflection_writes_them()
    {
        EvalPlan plan = SamplePlan();

        Assert.NotEmpty(plan.Criteria);
        Assert.Equal(JsonSerializer.Serialize(plan, ReflectionJson.Indented), PlanSnapshot.ToJson(plan));
        Assert.Equal(JsonSerializer.Serialize(plan.Criteria, ReflectionJson.Options), PlanSnapshot.CriteriaJson(plan));
    }

    [Fact]
    public void The_sample_plan_snapshot_reads_back_as_reflection_reads_it()
    {
        string snapshot = PlanSnapshot.ToJson(SamplePlan());

        Assert.Equal(
            JsonSerializer.Serialize(JsonSerializer.Deserialize<EvalPlan>(snapshot, ReflectionJson.Options), ReflectionJson.Indented),
            JsonSerializer.Serialize(PlanSnapshot.FromJson(snapshot), ReflectionJson.Indented));
    }

    [Fact]
    public void The_round_settings_hash_is_the_hash_of_what_reflection_wrote()
    {
        EvalPlan plan = SamplePlan() with
        {
            Round = new RoundSettings { SystemPrompt = "区の職員として答えてください。", Limits = new ProviderLimits { Concurrency = 2 } },
        };
        var testSet = new TestSet("items.jsonl", "abc", []);
        RoundSettings settings = plan.Round!;
        var basis = new
        {
            Scheme = RoundSettingsHash.Scheme,
            Round = "第1回",
            Settings = settings with { Seed = RoundItemOrder.SeedOf("第1回", settings) },
            plan.Repeats,
            TestSet = testSet.ContentHash,
            Knowledge = "k",
            ProbeItems = Path.GetFileName(plan.Risk.ProbeItems),
            ProbeKnowledge = plan.Risk.ProbeKnowledgeHash,
            Criteria = PlanSnapshot.CriteriaHash(plan),
            Judges = plan.Judges.Select(j => new { j.Adapter, j.Model, j.Endpoint }).ToArray(),
        };

        Assert.NotEmpty(plan.Judges);
        Assert.NotNull(plan.Risk.ProbeItems);
        Assert.Equal(
            Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(basis, ReflectionJson.Options)))),
            RoundSettingsHash.Compute("第1回", plan, settings, testSet, "k"));
    }

    private static EvalPlan SamplePlan() => PlanLoader.Load(Path.Combine(Testsets, "sample-ward", "plan.yaml")) with
    {
        Skipped = new Dictionary<string, string> { ["cloud"] = "接続できません" },
    };
}
