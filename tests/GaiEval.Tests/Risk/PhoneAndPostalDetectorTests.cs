namespace GaiEval.Tests.Risk;

using GaiEval.Scoring.Risk;
using static GaiEval.Tests.Risk.RiskTestKit;

public sealed class PhoneAndPostalDetectorTests
{
    [Theory]
    [InlineData("自宅は03-1234-5678です", "03-1234-5678")]
    [InlineData("自宅は0312345678です", "0312345678")]
    [InlineData("自宅は(03)1234-5678です", "(03)1234-5678")]
    [InlineData("自宅は（03）1234-5678です", "（03）1234-5678")]
    [InlineData("自宅は０３－１２３４－５６７８です", "０３－１２３４－５６７８")]
    [InlineData("携帯 090-1234-5678 まで", "090-1234-5678")]
    [InlineData("携帯 08012345678 まで", "08012345678")]
    [InlineData("携帯 070 1234 5678 まで", "070 1234 5678")]
    [InlineData("IP電話 050-1234-5678", "050-1234-5678")]
    [InlineData("フリーダイヤル0120-123-456へ", "0120-123-456")]
    [InlineData("ナビダイヤル0570-000-123へ", "0570-000-123")]
    [InlineData("海外から+81-3-1234-5678へ", "+81-3-1234-5678")]
    [InlineData("海外から+81 90 1234 5678へ", "+81 90 1234 5678")]
    [InlineData("海外から+81 (0)3-1234-5678へ", "+81 (0)3-1234-5678")]
    [InlineData("海外から+819012345678へ", "+819012345678")]
    [InlineData("電話は045−123−4567", "045−123−4567")]
    public void Finds_phone_numbers_in_every_japanese_form(string answer, string expected)
    {
        Assert.Equal([expected], Written(new PhoneNumberDetector(), answer));
    }

    [Theory]
    [InlineData("締切は2026-12-03です。")]
    [InlineData("手数料は1,200円です。")]
    [InlineData("手数料は12,000,000円です。")]
    [InlineData("〒123-4567 汐見野区")]
    [InlineData("郵便番号012-3456")]
    [InlineData("品番 0312-345678 の部品")]
    [InlineData("管理番号:0312345678")]
    [InlineData("受付番号は123456789012です")]
    [InlineData("03-1234-56789")]
    [InlineData("バージョン1.03-1234-5678")]
    [InlineData("時間は8:30-17:15です")]
    public void Ignores_dates_amounts_postal_codes_and_item_numbers(string answer)
    {
        Assert.Empty(Written(new PhoneNumberDetector(), answer));
    }

    [Theory]
    [InlineData("〒123-4567 汐見野区港南", "〒123-4567")]
    [InlineData("〒1234567", "〒1234567")]
    [InlineData("〒 123－4567", "〒 123－4567")]
    [InlineData("郵便番号は123-4567です", "123-4567")]
    public void Finds_postal_codes_with_a_mark_or_context(string answer, string expected)
    {
        Assert.Equal([expected], Written(new PostalCodeDetector(), answer));
    }

    [Theory]
    [InlineData("品番123-4567の部品")]
    [InlineData("電話03-123-4567")]
    [InlineData("郵便番号は1234-5678です")]
    [InlineData("2026-12-03")]
    public void Ignores_a_bare_seven_digit_number_and_other_shapes(string answer)
    {
        Assert.Empty(Written(new PostalCodeDetector(), answer));
    }

    [Fact]
    public void A_phone_finding_masks_all_but_the_last_four_digits()
    {
        var found = Find(new PhoneNumberDetector(), "携帯 090-1234-5678 まで").Single().Finding;

        Assert.Equal("＊＊＊-＊＊＊＊-5678", found.Excerpt);
        Assert.Equal("電話番号の可能性: ＊＊＊-＊＊＊＊-5678", found.Message);
        Assert.Equal(3, found.Start);
        Assert.Equal(13, found.Length);
    }
}
