namespace GaiEval.Tests.Rounds;

using GaiEval.Core.Model;
using GaiEval.Core.Rounds.Leaderboard;
using GaiEval.Reporting.Rounds;

/// <summary>The last check before a vendor file is written: no hidden or private item's text, however it was escaped.</summary>
public sealed class VendorLeakGuardTests
{
    private static readonly GoldItem[] Items =
    [
        Item("p1", ItemSplit.Public, "公開の質問です。住民票の受付時間は？", "平日8時30分から17時15分までです。") with { Sources = ["madoguchi-annai.md"] },
        Item("h1", ItemSplit.Hidden, "転出届は郵送(特例)でも出せますか？", "郵送でも転出届を受け付けています。") with
        {
            Rubric = ["郵送先の住所を示している"],
            Sources = ["madoguchi-annai.md", "tenshutsu-yuso.md"],
        },
        Item("x1", ItemSplit.Private, "職員だけが知る内部手続の質問です", "内部手続の答えは窓口の台帳にあります。"),
        Item("h2", ItemSplit.Hidden, "短い", "はい。"),
    ];

    [Fact]
    public void A_hidden_question_escaped_for_Markdown_is_still_found()
    {
        var guard = VendorLeakGuard.For(Items);
        string markdown = RoundMarkdown.Render(new RoundDocument("題", [new RoundParagraph("回答: 転出届は郵送(特例)でも出せますか？")]));

        Assert.Contains("\\(特例\\)", markdown, StringComparison.Ordinal);
        Assert.Equal(new LeakFinding("h1", "question"), guard.Find(markdown));
    }

    [Fact]
    public void Html_escaping_full_width_forms_and_spacing_do_not_hide_a_reference_or_a_rubric_point()
    {
        var guard = VendorLeakGuard.For(Items);

        Assert.Equal(new LeakFinding("x1", "reference"), guard.Find("<p>内部手続の答えは　窓口の台帳に\nあります。</p>"));
        Assert.Equal(new LeakFinding("h1", "rubric"), guard.Find(RoundHtml.Render(new RoundDocument("題", [new RoundList(["郵送先の住所を示している"])]))));
    }

    [Fact]
    public void Public_text_and_hidden_texts_shorter_than_eight_characters_pass()
    {
        var guard = VendorLeakGuard.For(Items);

        Assert.Null(guard.Find("公開の質問です。住民票の受付時間は？ 平日8時30分から17時15分までです。 短い はい。 出典: madoguchi-annai.md"));
    }

    [Fact]
    public void Sources_are_not_guarded_even_when_only_hidden_items_cite_them()
    {
        var guard = VendorLeakGuard.For(Items);

        // Guarded: h1's question, reference and rubric point, x1's question and reference (h2's texts are too short).
        Assert.Null(guard.Find("出典: tenshutsu-yuso.md"));
        Assert.Equal(5, guard.Count);
    }

    private static GoldItem Item(string id, ItemSplit split, string question, string reference) => new()
    {
        Id = id,
        Category = "住民票・戸籍",
        Use = ItemUses.Dialogue,
        Question = question,
        Reference = reference,
        Split = split,
    };
}
