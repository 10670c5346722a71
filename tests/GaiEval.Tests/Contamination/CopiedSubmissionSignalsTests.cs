namespace GaiEval.Tests.Contamination;

using System.Text.Json;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Rounds;
using GaiEval.Core.Rounds.Contamination;
using GaiEval.Core.Rounds.Publishing;
using GaiEval.Scoring.Contamination;
using GaiEval.Scoring.Risk;
using GaiEval.Tests.Support;

/// <summary>
/// The published items and both signals on them: answers copied from the published file carry the canary, and a model
/// that learnt the file completes the references; an honest answer raises neither. Nothing kept inside the ward is written.
/// </summary>
public sealed class CopiedSubmissionSignalsTests
{
    private const string Canary = "GEC-0f1e2d3c4b5a69788796a5b4c3d2e1f0";

    private static readonly GoldItem[] Items =
    [
        Item("p1", ItemSplit.Public, "住民票の写しは、本人または同一世帯の方が区役所の窓口か郵送で請求できます。手数料は1通につき300円で、窓口では本人確認書類の提示が必要です。"),
        Item("h1", ItemSplit.Hidden, "転入届は、引っ越した日から14日以内に、新しい住所の区役所の窓口で届け出てください。前の住所の転出証明書が必要です。"),
    ];

    [Fact]
    public void Publishing_keeps_public_items_only_and_adds_the_canary_to_the_reference_and_the_tags()
    {
        GoldItem published = Assert.Single(PublicSetWriter.PublicItems(Items, Canary));

        GoldItem expected = Items[0] with { Reference = Items[0].Reference + PublicSetWriter.CanarySentence(Canary), Tags = ["canary:" + Canary] };
        Assert.Equal(expected, published, new ItemComparer());
        Assert.Equal("（評価用の識別子 GEC-0f1e2d3c4b5a69788796a5b4c3d2e1f0：この文は回答に含めないでください）", PublicSetWriter.CanarySentence(Canary));
    }

    [Fact]
    public void A_copied_answer_is_flagged_by_the_canary_and_a_learnt_one_by_the_completion_probe()
    {
        string copied = PublicSetWriter.PublicItems(Items, Canary)[0].Reference!;
        CompletionProbe probe = Assert.Single(CompletionProbeSet.Build(Items));
        string learnt = "手数料は1通につき300円で、窓口では本人確認書類の提示が必要です。" + PublicSetWriter.CanarySentence(Canary);
        const string honest = "1通あたり300円かかります。窓口に行く際は、運転免許証などご本人と確認できるものをお持ちください。";
        var detector = new CanaryDetector([Canary]);

        Assert.NotEmpty(detector.Find(RiskText.Of(copied)));
        Assert.True(CompletionCheck.Judge(learnt, probe.Withheld).Completed);
        Assert.Empty(detector.Find(RiskText.Of(honest)));
        Assert.False(CompletionCheck.Judge(honest, probe.Withheld).Completed);
    }

    [Fact]
    public void The_writer_never_publishes_an_item_kept_inside_the_ward()
    {
        using var temp = new TempFolder();
        RoundFolder folder = RoundFolder.For(temp.Path, "r1");
        var commitment = new RoundCommitment { Round = "r1", CreatedAt = DateTimeOffset.UnixEpoch, Commitment = new string('0', 64), HiddenItems = 1, Testset = "items.jsonl" };
        var canary = new RoundCanary { Round = "r1", Canary = Canary, CreatedAt = DateTimeOffset.UnixEpoch };

        Assert.Throws<ArgumentException>(() => PublicSetWriter.Write(folder, [Items[0] with { Sensitivity = Sensitivity.Internal }, Items[1]], canary, commitment));
        Assert.False(Directory.Exists(folder.PublicFolder));
    }

    private static GoldItem Item(string id, ItemSplit split, string reference) => new()
    {
        Id = id,
        Category = "住民票・戸籍",
        Use = "対話生成",
        Question = "手続きを教えてください。",
        Reference = reference,
        MustInclude = [["300円"]],
        Split = split,
    };

    /// <summary>Records compare their lists by reference: compare the items as the file would hold them.</summary>
    private sealed class ItemComparer : IEqualityComparer<GoldItem>
    {
        public bool Equals(GoldItem? x, GoldItem? y) =>
            JsonSerializer.Serialize(x, ReflectionJson.Options) == JsonSerializer.Serialize(y, ReflectionJson.Options);

        public int GetHashCode(GoldItem obj) => 0;
    }
}
