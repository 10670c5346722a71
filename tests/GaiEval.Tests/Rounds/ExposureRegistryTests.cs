namespace GaiEval.Tests.Rounds;

using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Rounds;
using GaiEval.Core.Rounds.Exposure;
using GaiEval.Tests.Support;

public sealed class ExposureRegistryTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_seen_question_stays_exposed_under_a_new_id_or_a_new_reference_and_a_new_question_does_not()
    {
        GoldItem seen = Item("h1", "転入届はいつまでに出しますか。");
        Record("r1", seen);
        RoundFolder next = RoundFolder.For(folder.Path, "r2");

        IReadOnlyList<(GoldItem Item, string Round)> exposed = ExposureRegistry.ExposedBefore(next,
        [
            seen with { Reference = "14日以内です（訂正）。" },
            Item("h9", "転入届は　いつまでに出しますか。"),
            Item("h2", "転出届はいつまでに出しますか。"),
            Item("p1", "転入届はいつまでに出しますか。") with { Split = ItemSplit.Public },
        ]);

        Assert.Equal(["h1", "h9"], exposed.Select(e => e.Item.Id));
        Assert.All(exposed, e => Assert.Equal("r1", e.Round));
        Assert.Empty(ExposureRegistry.ExposedBefore(RoundFolder.For(folder.Path, "r1"), [seen]));
    }

    [Fact]
    public void Only_hidden_items_an_endpoint_may_be_sent_are_planned_and_a_later_run_only_adds()
    {
        GoldItem internalItem = Item("h2", "非公開の問2") with { Sensitivity = Sensitivity.Internal };
        GoldItem[] items = [Item("h1", "非公開の問1"), internalItem, Item("p1", "公開の問") with { Split = ItemSplit.Public }];
        var endpoint = new ProviderProfile { Id = "s1", Name = "s1", Method = DeploymentMethod.Cloud, Adapter = AdapterNames.OpenAi, Submitted = true };
        var answers = endpoint with { Id = "s2", Adapter = AdapterNames.Answers };

        RoundExposure first = RoundExposure.Planned("r1", "run1", items, [endpoint, answers]);
        RoundExposure withClearance = RoundExposure.Planned("r1", "run2", items, [endpoint with { Clearance = Sensitivity.Internal }]);

        Assert.Equal(["h1"], first.Items.Select(i => i.Id));
        Assert.Equal(["h1", "h2"], withClearance.Items.Select(i => i.Id));
        Assert.Equal(["h1", "h2"], first.Including(withClearance).Items.Select(i => i.Id).Order());
        Assert.Equal(["h1", "h2"], withClearance.Including(first).Items.Select(i => i.Id).Order());
    }

    [Fact]
    public void Published_public_items_are_exposed_too_and_a_run_adds_its_hidden_items_to_them()
    {
        GoldItem published = Item("p1", "公開した問") with { Split = ItemSplit.Public };
        GoldItem hidden = Item("h1", "非公開の問1");
        RoundFolder first = RoundFolder.For(folder.Path, "r1");
        Directory.CreateDirectory(first.Path);
        var endpoint = new ProviderProfile { Id = "s1", Name = "s1", Method = DeploymentMethod.Cloud, Adapter = AdapterNames.OpenAi, Submitted = true };

        RoundExposure.Published("r1", [published, hidden]).AddTo(first);
        RoundExposure.Planned("r1", "run1", [published, hidden], [endpoint]).AddTo(first);
        RoundExposure recorded = RoundJsonFiles.Read<RoundExposure>(first.ExposedFile);

        Assert.Equal(["h1", "p1"], recorded.Items.Select(i => i.Id).Order());
        Assert.Equal("run1", recorded.RunId);
        IReadOnlyList<(GoldItem Item, string Round)> later = ExposureRegistry.ExposedBefore(RoundFolder.For(folder.Path, "r2"), [published with { Split = ItemSplit.Hidden }]);
        Assert.Equal("p1", Assert.Single(later).Item.Id);
    }

    private void Record(string round, params GoldItem[] items)
    {
        RoundFolder roundFolder = RoundFolder.For(folder.Path, round);
        Directory.CreateDirectory(roundFolder.Path);
        RoundJsonFiles.Replace(roundFolder.ExposedFile, new RoundExposure { Round = round, RunId = "run", Items = [.. items.Select(ExposureRegistry.Exposed)] });
    }

    private static GoldItem Item(string id, string question) => new()
    {
        Id = id,
        Category = "住民票・戸籍",
        Use = ItemUses.Dialogue,
        Question = question,
        Reference = "14日以内です。",
        Split = ItemSplit.Hidden,
    };
}
