namespace GaiEval.Tests.Rounds;

using System.Text;
using GaiEval.Core.Model;
using GaiEval.Core.Rounds;

/// <summary>The canonical form of the hidden items and the salted commitment, against hand-written bytes and a hash from sha256sum.</summary>
public sealed class HiddenSetCommitmentTests
{
    private const string Line1 =
        """{"id":"h1","category":"税","use":"対話生成","question":"問1","reference":"答1","must_include":[],"must_not_include":[],"expect":"answer","sensitivity":"public","human_minutes":0,"review_minutes":0,"sources":[],"rubric":[],"split":"hidden","tags":[]}""";

    private const string Line2 =
        """{"id":"h2","category":"税","use":"対話生成","question":"問2","reference":"答2","must_include":[],"must_not_include":[],"expect":"answer","sensitivity":"public","human_minutes":0,"review_minutes":0,"sources":[],"rubric":[],"split":"hidden","tags":[]}""";

    /// <summary>The salt 00 01 … 1f.</summary>
    private static readonly byte[] CountingSalt = [.. Enumerable.Range(0, 32).Select(b => (byte)b)];

    [Fact]
    public void The_canonical_form_is_the_hidden_items_by_id_one_json_line_each_joined_by_LF()
    {
        byte[] canonical = HiddenSetCommitment.CanonicalForm(Items());

        Assert.Equal(Line1 + "\n" + Line2, Encoding.UTF8.GetString(canonical));
        Assert.NotEqual(0xEF, canonical[0]);
    }

    [Fact]
    public void The_hashes_equal_sha256sum_of_the_same_bytes()
    {
        // printf '%s\n%s' LINE1 LINE2 > canon.bin; sha256sum canon.bin; (salt 00..1f; cat canon.bin) | sha256sum
        Assert.Equal("fec4fda9942fb35ba9b96059d09cc620923386106bbf3c4336dec70710f8cbe1", HiddenSetCommitment.CanonicalHash(Items()));
        Assert.Equal("abacfe4a6cd0aeb572d7b015b7279ace2c304f2f3deecce6eb27b0b29128190e", HiddenSetCommitment.Commit(CountingSalt, Items()));
    }

    [Fact]
    public void A_commitment_that_leaves_out_an_exposed_item_is_checked_without_it_even_when_it_changed()
    {
        IReadOnlyList<GoldItem> withoutH1 = [.. Items().Where(i => i.Id != "h1")];
        var commitment = new RoundCommitment
        {
            Round = "r2",
            CreatedAt = DateTimeOffset.UnixEpoch,
            Commitment = HiddenSetCommitment.Commit(CountingSalt, withoutH1),
            HiddenItems = 1,
            Testset = "/items.jsonl",
            ExcludedExposed = ["h1"],
        };
        GoldItem[] h1Edited = [.. Items().Select(item => item.Id == "h1" ? item with { Reference = "答1。" } : item)];

        Assert.True(CommitmentCheck.Run(commitment, CountingSalt, Items()).Verified);
        Assert.True(CommitmentCheck.Run(commitment, CountingSalt, h1Edited).Verified);
        Assert.False(CommitmentCheck.Run(commitment with { ExcludedExposed = [] }, CountingSalt, Items()).Verified);
    }

    [Fact]
    public void A_changed_hidden_reference_changes_the_commitment()
    {
        GoldItem[] changed = [.. Items().Select(item => item.Id == "h2" ? item with { Reference = "答2。" } : item)];

        Assert.NotEqual(HiddenSetCommitment.Commit(CountingSalt, Items()), HiddenSetCommitment.Commit(CountingSalt, changed));
    }

    [Fact]
    public void Adding_removing_or_moving_a_hidden_item_changes_the_commitment()
    {
        string original = HiddenSetCommitment.Commit(CountingSalt, Items());
        GoldItem[] added = [.. Items(), Item("h3", ItemSplit.Hidden)];
        GoldItem[] removed = [.. Items().Where(item => item.Id != "h1")];
        GoldItem[] madePublic = [.. Items().Select(item => item.Id == "h1" ? item with { Split = ItemSplit.Public } : item)];

        Assert.NotEqual(original, HiddenSetCommitment.Commit(CountingSalt, added));
        Assert.NotEqual(original, HiddenSetCommitment.Commit(CountingSalt, removed));
        Assert.NotEqual(original, HiddenSetCommitment.Commit(CountingSalt, madePublic));
    }

    [Fact]
    public void Public_and_private_items_and_the_file_order_do_not_enter_it()
    {
        GoldItem[] changed =
        [
            .. Items().Reverse().Select(item => item.Split == ItemSplit.Public ? item with { Reference = "別の答え", Question = "別の問い" } : item),
            Item("x9", ItemSplit.Private),
        ];

        Assert.Equal(HiddenSetCommitment.Commit(CountingSalt, Items()), HiddenSetCommitment.Commit(CountingSalt, changed));
    }

    [Fact]
    public void Each_salt_is_new_and_gives_another_commitment()
    {
        byte[] first = HiddenSetCommitment.NewSalt();
        byte[] second = HiddenSetCommitment.NewSalt();

        Assert.Equal(32, first.Length);
        Assert.NotEqual(first, second);
        Assert.NotEqual(HiddenSetCommitment.Commit(first, Items()), HiddenSetCommitment.Commit(second, Items()));
    }

    [Fact]
    public void A_salt_is_read_back_only_from_64_hex_digits()
    {
        Assert.Equal(CountingSalt, HiddenSetCommitment.ParseSalt(Convert.ToHexStringLower(CountingSalt)));
        Assert.Null(HiddenSetCommitment.ParseSalt("00"));
        Assert.Null(HiddenSetCommitment.ParseSalt(new string('g', 64)));
    }

    private static GoldItem[] Items() => [Item("h2", ItemSplit.Hidden), Item("p1", ItemSplit.Public), Item("h1", ItemSplit.Hidden)];

    private static GoldItem Item(string id, ItemSplit split) => new()
    {
        Id = id,
        Category = "税",
        Use = ItemUses.Dialogue,
        Question = $"問{id[1..]}",
        Reference = $"答{id[1..]}",
        Split = split,
    };
}
