namespace GaiEval.Tests.Scoring.Grounding;

using GaiEval.Scoring.Grounding;

public sealed class FactExtractorTests
{
    [Theory]
    [InlineData("2026年4月1日から", "2026年4月1日", "2026年4月1日")]
    [InlineData("令和8年4月1日から", "令和8年4月1日", "2026年4月1日")]
    [InlineData("令和元年5月1日に", "令和元年5月1日", "2019年5月1日")]
    [InlineData("2026-04-01から", "2026-04-01", "2026年4月1日")]
    [InlineData("2026/4/1から", "2026/4/1", "2026年4月1日")]
    [InlineData("４月１日から", "４月１日", "4月1日")]
    public void Reads_dates_in_several_forms(string text, string written, string key)
    {
        var fact = Assert.Single(FactExtractor.Extract(text));

        Assert.Equal(new Fact(FactKind.Date, written, key), fact);
    }

    [Theory]
    [InlineData("8時30分から", "8時30分", "8:30")]
    [InlineData("8:30から", "8:30", "8:30")]
    [InlineData("８：３０から", "８：３０", "8:30")]
    [InlineData("午後5時半まで", "午後5時半", "17:30")]
    [InlineData("9時に", "9時", "9:00")]
    public void Reads_times(string text, string written, string key)
    {
        Assert.Equal(new Fact(FactKind.Time, written, key), Assert.Single(FactExtractor.Extract(text)));
    }

    [Theory]
    [InlineData("手数料は300円", "300円", "300")]
    [InlineData("手数料は1,000円", "1,000円", "1000")]
    [InlineData("手数料は１，０００円", "１，０００円", "1000")]
    [InlineData("上限3万円まで", "3万円", "30000")]
    [InlineData("上限1万5千円まで", "1万5千円", "15000")]
    public void Reads_amounts_as_yen(string text, string written, string key)
    {
        Assert.Equal(new Fact(FactKind.Amount, written, key), Assert.Single(FactExtractor.Extract(text)));
    }

    [Theory]
    [InlineData("電話03-5318-2211まで", "03-5318-2211", "0353182211")]
    [InlineData("電話０３－５３１８－２２１１まで", "０３－５３１８－２２１１", "0353182211")]
    [InlineData("電話03ー5318ー2211まで", "03ー5318ー2211", "0353182211")]
    [InlineData("電話0120-123-456まで", "0120-123-456", "0120123456")]
    public void Reads_phone_numbers(string text, string written, string key)
    {
        Assert.Equal(new Fact(FactKind.PhoneNumber, written, key), Assert.Single(FactExtractor.Extract(text)));
    }

    [Theory]
    [InlineData("区民課で", "区民課")]
    [InlineData("汐見野出張所で", "汐見野出張所")]
    [InlineData("保健福祉センターへ", "保健福祉センター")]
    [InlineData("広報広聴室まで", "広報広聴室")]
    public void Reads_office_names(string text, string written)
    {
        var fact = Assert.Single(FactExtractor.Extract(text));

        Assert.Equal(FactKind.Office, fact.Kind);
        Assert.Equal(written, fact.Text);
    }

    [Fact]
    public void Does_not_take_taxation_for_an_office()
    {
        Assert.Empty(FactExtractor.Extract("住民税の課税について"));
    }

    [Fact]
    public void Reports_a_number_inside_a_date_time_or_amount_only_once()
    {
        var facts = FactExtractor.Extract("2026年4月1日の8時30分から300円、税率10%、定員25人です。");

        Assert.Equal(
            [
                new Fact(FactKind.Date, "2026年4月1日", "2026年4月1日"),
                new Fact(FactKind.Time, "8時30分", "8:30"),
                new Fact(FactKind.Amount, "300円", "300"),
                new Fact(FactKind.Percentage, "10%", "10%"),
                new Fact(FactKind.Number, "25", "25"),
            ],
            facts);
    }

    [Theory]
    [InlineData("税率は１０％です", "１０％")]
    [InlineData("税率は10パーセントです", "10パーセント")]
    public void Reads_percentages_in_either_width_or_in_words(string text, string written)
    {
        Assert.Equal(new Fact(FactKind.Percentage, written, "10%"), Assert.Single(FactExtractor.Extract(text)));
    }

    [Fact]
    public void Reports_half_width_katakana_as_written()
    {
        Assert.Equal(new Fact(FactKind.Office, "福祉ｾﾝﾀｰ", "福祉センター"), Assert.Single(FactExtractor.Extract("福祉ｾﾝﾀｰへ")));
    }

    [Theory]
    [InlineData("次の3つの案があります。")]
    [InlineData("注意点は2点です。")]
    public void A_count_of_the_answers_own_parts_is_not_a_fact(string text)
    {
        Assert.Empty(FactExtractor.Extract(text));
    }

    [Fact]
    public void A_count_of_things_in_the_world_is_still_a_fact()
    {
        Assert.Equal([new Fact(FactKind.Number, "3", "3"), new Fact(FactKind.Number, "150", "150")], FactExtractor.Extract("3か所で、先着150件です。"));
    }

    [Fact]
    public void A_duration_in_hours_is_a_number_not_a_time()
    {
        Assert.Equal([new Fact(FactKind.Number, "2", "2")], FactExtractor.Extract("約2時間かかります。"));
    }
}
