namespace GaiEval.Tests.Risk;

using GaiEval.Scoring.Risk;
using static GaiEval.Tests.Risk.RiskTestKit;

public sealed class AddressAndEmailDetectorTests
{
    [Theory]
    [InlineData("住所は汐見野区港南三丁目5番2号です。", "汐見野区港南三丁目5番2号")]
    [InlineData("住所は港南3丁目5-2です。", "港南3丁目5-2")]
    [InlineData("住所は港南三丁目五番地です。", "港南三丁目五番地")]
    [InlineData("本籍は大字汐見野123番地の4", "大字汐見野123番地の4")]
    [InlineData("住所は港南5番2号です。", "港南5番2号")]
    [InlineData("住所は港南1-2-3です。", "港南1-2-3")]
    [InlineData("住所は港南１－２－３です。", "港南１－２－３")]
    [InlineData("シオミノ町12-3-45に住んでいます", "シオミノ町12-3-45")]
    public void Finds_street_addresses_below_the_town(string answer, string expected)
    {
        Assert.Equal([expected], Written(new StreetAddressDetector(), answer));
    }

    [Theory]
    [InlineData("窓口は港南三丁目にあります。")]
    [InlineData("締切は2026-12-03です。")]
    [InlineData("第1-2-3条を参照")]
    [InlineData("規則第1-2-3条を参照")]
    [InlineData("運用規程1-2-3条を参照")]
    [InlineData("期限は令和8-12-3です")]
    [InlineData("手順は1-2-3の順です。")]
    [InlineData("バージョン1-2-3")]
    [InlineData("3番窓口へどうぞ。")]
    public void Ignores_districts_dates_and_numbers_without_a_place_name(string answer)
    {
        Assert.Empty(Written(new StreetAddressDetector(), answer));
    }

    [Fact]
    public void An_address_finding_hides_every_number()
    {
        var found = Find(new StreetAddressDetector(), "汐見野区港南三丁目5番2号").Single().Finding;

        Assert.Equal("汐見野区港南＊丁目＊番＊号", found.Excerpt);
    }

    [Theory]
    [InlineData("連絡先は taro.yamada@example.com です", "taro.yamada@example.com")]
    [InlineData("連絡先はtaro+ward@mail.example.co.jpです", "taro+ward@mail.example.co.jp")]
    [InlineData("連絡先はｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐです", "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ")]
    public void Finds_email_addresses_and_masks_the_local_part(string answer, string expected)
    {
        var found = Find(new EmailAddressDetector(), answer).Single();

        Assert.Equal(expected, found.Written);
        Assert.DoesNotContain("taro", found.Finding.Message, StringComparison.Ordinal);
        Assert.StartsWith("t＊＊＊@", found.Finding.Excerpt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("@mentionで呼びます")]
    [InlineData("a@b")]
    [InlineData("単価@100円")]
    public void Ignores_what_is_not_an_email_address(string answer)
    {
        Assert.Empty(Written(new EmailAddressDetector(), answer));
    }
}
