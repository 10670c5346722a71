namespace GaiEval.Tests.Rounds;

using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Rounds;
using GaiEval.Core.Rounds.Submissions;

public sealed class RoundProvidersTests
{
    private static readonly RoundSettings Settings = new()
    {
        SystemPrompt = "区の職員として答えてください。",
        Temperature = 0,
        MaxOutputTokens = 400,
        Rag = RetrievalSettings.RagDefaults,
        Limits = new ProviderLimits { Concurrency = 2, Retries = 1 },
        Clearance = Sensitivity.Internal,
    };

    [Fact]
    public void Every_endpoint_gets_the_rounds_settings_and_only_its_own_address()
    {
        IReadOnlyList<ProviderProfile> providers = RoundProviders.For([Endpoint("a", "https://a.example/v1"), Endpoint("b", "https://b.example/v1")], Settings);

        Assert.Equal(["s1", "s2"], providers.Select(p => p.Id));
        Assert.Equal(["https://a.example/v1", "https://b.example/v1"], providers.Select(p => p.Endpoint));
        foreach (ProviderProfile provider in providers)
        {
            Assert.Equal(Settings.SystemPrompt, provider.SystemPrompt);
            Assert.Equal(0, provider.Temperature);
            Assert.Equal(400, provider.MaxOutputTokens);
            Assert.Equal(Settings.Rag, provider.Rag);
            Assert.Equal(Settings.Limits, provider.Limits);
            Assert.Equal(Sensitivity.Internal, provider.Clearance);
            Assert.True(provider.Submitted);
            Assert.Equal("KEY_" + provider.Endpoint![8], provider.ApiKeyEnv);
        }
    }

    [Fact]
    public void An_answers_file_is_replayed_with_none_of_the_endpoint_settings()
    {
        ProviderProfile provider = Assert.Single(RoundProviders.For([Answers("c")], Settings));

        Assert.Equal(AdapterNames.Answers, provider.Adapter);
        Assert.Equal("/subs/c/answers.jsonl", provider.Answers);
        Assert.Null(provider.SystemPrompt);
        Assert.Null(provider.Rag);
        Assert.True(provider.Submitted);
        Assert.Equal(SubmissionKind.Answers, Assert.Single(RoundProviders.Entries([Answers("c")])).Kind);
    }

    [Fact]
    public void A_submission_is_never_sent_a_private_item_and_an_answers_file_only_public_ones()
    {
        ProviderProfile endpoint = RoundProviders.For([Endpoint("a", "https://a.example/v1")], Settings)[0];
        ProviderProfile answers = RoundProviders.For([Answers("c")], Settings)[0];
        ProviderProfile wards = endpoint with { Submitted = false };

        Assert.Null(SplitPolicy.WhyWithheld(endpoint, Item(ItemSplit.Hidden)));
        Assert.NotNull(SplitPolicy.WhyWithheld(endpoint, Item(ItemSplit.Private)));
        Assert.NotNull(SplitPolicy.WhyWithheld(answers, Item(ItemSplit.Hidden)));
        Assert.Null(SplitPolicy.WhyWithheld(answers, Item(ItemSplit.Public)));
        Assert.Null(SplitPolicy.WhyWithheld(wards, Item(ItemSplit.Private)));
        GoldItem probe = Item(ItemSplit.Public) with { Risk = RiskCategory.Injection };
        Assert.NotNull(SplitPolicy.WhyWithheld(answers, probe));
        Assert.Null(SplitPolicy.WhyWithheld(endpoint, probe));
        Assert.Null(SplitPolicy.WhyWithheld(answers with { Submitted = false }, probe));
    }

    [Fact]
    public void The_item_order_depends_only_on_the_seed()
    {
        GoldItem[] items = [.. Enumerable.Range(1, 20).Select(i => Item(ItemSplit.Public) with { Id = $"q{i}" })];

        IReadOnlyList<GoldItem> first = RoundItemOrder.Order(items, 7);

        Assert.Equal(first.Select(i => i.Id), RoundItemOrder.Order(items, 7).Select(i => i.Id));
        Assert.NotEqual(items.Select(i => i.Id), first.Select(i => i.Id));
        Assert.NotEqual(first.Select(i => i.Id), RoundItemOrder.Order(items, 8).Select(i => i.Id));
        Assert.Equal(items.Select(i => i.Id).Order(), first.Select(i => i.Id).Order());
        Assert.Equal(RoundItemOrder.SeedOf("第1回", new RoundSettings()), RoundItemOrder.SeedOf("第1回", new RoundSettings()));
        Assert.Equal(42, RoundItemOrder.SeedOf("第1回", new RoundSettings { Seed = 42 }));
    }

    [Fact]
    public void The_settings_hash_changes_with_any_shared_setting_and_with_the_test_set()
    {
        var plan = new EvalPlan { Name = "回", PlanFile = "/p.yaml", TestSet = "/items.jsonl", Providers = [] };
        var set = new TestSet("/items.jsonl", "abc", [Item(ItemSplit.Public)]);
        string hash = RoundSettingsHash.Compute("第1回", plan, Settings, set, null);

        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.Equal(hash, RoundSettingsHash.Compute("第1回", plan with { Name = "別の名前" }, Settings, set, null));
        Assert.NotEqual(hash, RoundSettingsHash.Compute("第1回", plan, Settings with { SystemPrompt = "別の指示" }, set, null));
        Assert.NotEqual(hash, RoundSettingsHash.Compute("第1回", plan, Settings with { Limits = new ProviderLimits { Retries = 3 } }, set, null));
        Assert.NotEqual(hash, RoundSettingsHash.Compute("第1回", plan with { Repeats = 2 }, Settings, set, null));
        Assert.NotEqual(hash, RoundSettingsHash.Compute("第1回", plan, Settings, set with { ContentHash = "abd" }, null));
        Assert.NotEqual(hash, RoundSettingsHash.Compute("第1回", plan, Settings, set, "k"));
    }

    private static GoldItem Item(ItemSplit split) => new()
    {
        Id = "q1",
        Category = "税",
        Use = ItemUses.Dialogue,
        Question = "問",
        Reference = "答",
        Split = split,
    };

    private static Submission Endpoint(string name, string address) => Manifest(name) with
    {
        Endpoint = new SubmittedEndpoint { Adapter = AdapterNames.OpenAi, Endpoint = address, Model = "m", ApiKeyEnv = "KEY_" + name },
    };

    private static Submission Answers(string name) => Manifest(name) with { AnswersFile = $"/subs/{name}/answers.jsonl" };

    private static Submission Manifest(string name) => new()
    {
        Folder = $"/subs/{name}",
        ManifestFile = $"/subs/{name}/submission.yaml",
        Vendor = $"事業者{name}",
        Product = "製品",
        Model = "m",
        ModelVersion = "1",
        Method = DeploymentMethod.Cloud,
        Hosting = "国内",
        Contact = new SubmissionContact("見本", "a@example.jp"),
        VariantsTried = 0,
        Statement = new SubmissionStatement("誓約", "見本", new DateOnly(2026, 11, 20)),
    };
}
