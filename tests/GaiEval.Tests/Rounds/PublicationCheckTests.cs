namespace GaiEval.Tests.Rounds;

using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Rounds.Publishing;

public sealed class PublicationCheckTests
{
    private static readonly GoldItem Hidden = Item("h1", ItemSplit.Hidden, "転入届は引っ越してから何日以内に出しますか。", "転入した日から14日以内に届け出てください。");

    [Fact]
    public void A_public_item_that_quotes_a_hidden_question_or_reference_is_not_published()
    {
        GoldItem quotesQuestion = Item("p1", ItemSplit.Public, "次の質問に答えてください：転入届は引っ越してから何日以内に出しますか？", "14日です。");
        GoldItem quotesReference = Item("p2", ItemSplit.Public, "転入の期限は？", "転入した日から１４日以内に届け出てください。");
        var set = new TestSet("/items.jsonl", "h", [Hidden, quotesQuestion, quotesReference]) { ItemLines = new Dictionary<string, int> { ["p1"] = 2, ["p2"] = 3 } };

        InputException error = Assert.Throws<InputException>(() => PublicationCheck.ThrowIfUnpublishable(set));

        Assert.Equal([(2, "split"), (3, "split")], error.Errors.Select(e => (e.Line, e.Field)));
        Assert.Contains("hidden の項目「h1」の question", error.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("hidden の項目「h1」の reference", error.Errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hidden_rubric_point_or_context_in_a_public_items_words_is_not_published()
    {
        GoldItem hidden = Hidden with { Context = "令和8年4月に改正された転入手続の要綱（抜粋）", Rubric = ["転出証明書の代わりにマイナンバーカードで足りることに触れる"] };
        GoldItem rubricInWords = Item("p1", ItemSplit.Public, "転入の手続きは？", "窓口へどうぞ。") with { MustInclude = [["転出証明書の代わりにマイナンバーカードで足りることに触れる"]] };
        GoldItem contextInQuestion = Item("p2", ItemSplit.Public, "令和8年4月に改正された転入手続の要綱（抜粋）によると何が変わりましたか。", "届出の期限です。");
        var set = new TestSet("/items.jsonl", "h", [hidden, rubricInWords, contextInQuestion]) { ItemLines = new Dictionary<string, int> { ["p1"] = 2, ["p2"] = 3 } };

        InputException error = Assert.Throws<InputException>(() => PublicationCheck.ThrowIfUnpublishable(set));

        Assert.Contains(error.Errors, e => e.Line == 2 && e.Message.Contains("「h1」の rubric", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Line == 3 && e.Message.Contains("「h1」の context", StringComparison.Ordinal));
    }

    [Fact]
    public void A_public_item_on_the_same_topic_in_other_words_is_published()
    {
        var set = new TestSet("/items.jsonl", "h", [Hidden, Item("p1", ItemSplit.Public, "転出届の期限を教えてください。", "転出の予定日の前に届け出てください。")]);

        PublicationCheck.ThrowIfUnpublishable(set);
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
