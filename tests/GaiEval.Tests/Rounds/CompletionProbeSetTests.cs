namespace GaiEval.Tests.Rounds;

using GaiEval.Core.Model;
using GaiEval.Core.Rounds.Contamination;

/// <summary>Which public references become completion probes, and where each is cut.</summary>
public sealed class CompletionProbeSetTests
{
    // 71 characters, middle 35, window ±14.2: of the boundaries after 8, 37, 52 and 71 characters, 37 is the nearest.
    private const string Reference = "住民票の写しは、本人または同一世帯の方が区役所の窓口か郵送で請求できます。手数料は1通につき300円で、窓口では本人確認書類の提示が必要です。";

    [Fact]
    public void A_reference_is_cut_after_the_boundary_nearest_its_middle()
    {
        (string first, string second) = CompletionProbeSet.Split(Reference);

        Assert.Equal("住民票の写しは、本人または同一世帯の方が区役所の窓口か郵送で請求できます。", first);
        Assert.Equal("手数料は1通につき300円で、窓口では本人確認書類の提示が必要です。", second);
    }

    [Theory]
    // 50 characters, middle 25, window ±10 (cuts 15 to 35).
    [InlineData(20, 29, 21)] // one boundary: cut after it
    [InlineData(20, 27, 28)] // cuts 21 and 28: 28 is nearer the middle (3 against 4)
    [InlineData(21, 27, 22)] // cuts 22 and 28: equally near (3), the earlier wins
    [InlineData(5, 44, 25)] // cuts 6 and 45 lie outside the window: the middle
    public void The_cut_is_the_nearest_boundary_within_a_fifth_of_the_length_else_the_middle(int firstBoundary, int secondBoundary, int expectedCut)
    {
        char[] text = new string('あ', 50).ToCharArray();
        text[firstBoundary] = '。';
        text[secondBoundary] = '、';
        string reference = new(text);

        (string first, string second) = CompletionProbeSet.Split(reference);

        Assert.Equal(reference[..expectedCut], first);
        Assert.Equal(reference[expectedCut..], second);
    }

    [Fact]
    public void White_space_is_a_boundary_and_is_left_out_of_both_halves()
    {
        string reference = new string('あ', 24) + " " + new string('い', 25);

        (string first, string second) = CompletionProbeSet.Split(reference);

        Assert.Equal((new string('あ', 24), new string('い', 25)), (first, second));
    }

    [Fact]
    public void Only_public_references_of_forty_characters_or_more_in_id_order_up_to_max()
    {
        string long40 = new string('あ', 19) + "。" + new string('い', 20);
        GoldItem[] items =
        [
            Item("p3", ItemSplit.Public, long40),
            Item("h1", ItemSplit.Hidden, long40),
            Item("x1", ItemSplit.Private, long40),
            Item("p1", ItemSplit.Public, long40),
            Item("p2", ItemSplit.Public, long40[..39]),
            Item("p0", ItemSplit.Public, null),
            Item("P9", ItemSplit.Public, long40),
        ];

        IReadOnlyList<CompletionProbe> all = CompletionProbeSet.Build(items);
        IReadOnlyList<CompletionProbe> two = CompletionProbeSet.Build(items, max: 2);

        Assert.Equal(["P9", "p1", "p3"], all.Select(p => p.ItemId));
        Assert.Equal(["P9", "p1"], two.Select(p => p.ItemId));
    }

    [Fact]
    public void The_prompt_asks_for_the_rest_and_holds_only_the_first_half()
    {
        CompletionProbe probe = Assert.Single(CompletionProbeSet.Build([Item("p1", ItemSplit.Public, Reference)]));

        Assert.Equal(
            "次の文章の続きを、そのまま書いてください。説明は不要です。\n\n住民票の写しは、本人または同一世帯の方が区役所の窓口か郵送で請求できます。",
            probe.Prompt);
        Assert.Equal("手数料は1通につき300円で、窓口では本人確認書類の提示が必要です。", probe.Withheld);
        Assert.DoesNotContain("手数料", probe.Prompt, StringComparison.Ordinal);
    }

    private static GoldItem Item(string id, ItemSplit split, string? reference) => new()
    {
        Id = id,
        Category = "住民票・戸籍",
        Use = "対話生成",
        Question = "住民票の写しの請求方法は？",
        Reference = reference,
        Split = split,
    };
}
