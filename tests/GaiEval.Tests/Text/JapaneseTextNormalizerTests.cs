namespace GaiEval.Tests.Text;

using CsCheck;
using GaiEval.Core.Text;

public sealed class JapaneseTextNormalizerTests
{
    [Theory]
    [InlineData("８：３０", "8:30")]
    [InlineData("ＡＢＣ区民センター", "abc区民センター")]
    [InlineData("ｶﾞｲﾄﾞ", "ガイド")]
    [InlineData("（０３）５３１８", "(03)5318")]
    public void Turns_width_variants_into_their_ascii_or_full_width_kana_form(string input, string expected) =>
        Assert.Equal(expected, JapaneseTextNormalizer.Normalize(input));

    [Theory]
    [InlineData("1,000円", "1000円")]
    [InlineData("１，０００円", "1000円")]
    [InlineData("1,234,567人", "1234567人")]
    [InlineData("8,352.6km", "8352.6km")]
    public void Removes_thousands_separators_between_digits(string input, string expected) =>
        Assert.Equal(expected, JapaneseTextNormalizer.Normalize(input));

    [Theory]
    [InlineData("1,00", "1,00")]
    [InlineData("1,0000", "1,0000")]
    [InlineData("1,2,3", "1,2,3")]
    [InlineData("a,000", "a,000")]
    [InlineData(",000", ",000")]
    public void Keeps_commas_that_are_not_thousands_separators(string input, string expected) =>
        Assert.Equal(expected, JapaneseTextNormalizer.Normalize(input));

    [Theory]
    [InlineData("東京　都", "東京都")]
    [InlineData(" 住民票 の 写し ", "住民票の写し")]
    [InlineData("平日\t8時30分\r\n17時15分", "平日8時30分17時15分")]
    [InlineData("窓口\u00A0延長\u2003水曜", "窓口延長水曜")]
    public void Removes_ideographic_and_other_white_space(string input, string expected) =>
        Assert.Equal(expected, JapaneseTextNormalizer.Normalize(input));

    [Theory]
    [InlineData("03\u22125318\u22122100", "03-5318-2100")]
    [InlineData("03\u20105318\u20132100", "03-5318-2100")]
    [InlineData("03－5318—2100", "03-5318-2100")]
    [InlineData("〒150\u20158601", "〒150-8601")]
    public void Unifies_dash_variants_between_digits_to_a_hyphen(string input, string expected) =>
        Assert.Equal(expected, JapaneseTextNormalizer.Normalize(input));

    [Theory]
    [InlineData("センタ\u2015", "センター")]
    [InlineData("センタ\u2212", "センター")]
    [InlineData("センタｰ", "センター")]
    [InlineData("せんた-", "せんたー")]
    [InlineData("ー", "-")]
    public void Turns_a_dash_after_kana_into_the_long_vowel_mark_and_elsewhere_into_a_hyphen(string input, string expected) =>
        Assert.Equal(expected, JapaneseTextNormalizer.Normalize(input));

    [Theory]
    [InlineData("8:30〜17:15", "8:30~17:15")]
    [InlineData("8:30～17:15", "8:30~17:15")]
    [InlineData("8:30〰17:15", "8:30~17:15")]
    public void Unifies_the_wave_dash_and_the_full_width_tilde_that_cp932_round_trips_swap(string input, string expected) =>
        Assert.Equal(expected, JapaneseTextNormalizer.Normalize(input));

    [Theory]
    [InlineData("Tokyo Station", "tokyostation")]
    [InlineData("ＬＩＮＥ", "line")]
    [InlineData("My Number", "mynumber")]
    public void Lower_cases_latin_letters(string input, string expected) =>
        Assert.Equal(expected, JapaneseTextNormalizer.Normalize(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \u3000\t")]
    public void Turns_nothing_and_white_space_into_the_empty_string(string? input) =>
        Assert.Equal(string.Empty, JapaneseTextNormalizer.Normalize(input));

    [Fact]
    public void Keeps_kanji_kana_and_japanese_punctuation() =>
        Assert.Equal("住民票の写しは1通300円です。", JapaneseTextNormalizer.Normalize("住民票の写しは１通３００円です。"));

    [Fact]
    public void Is_idempotent() =>
        Assert.Equal(
            JapaneseTextNormalizer.Normalize("ＡＢＣ　１，０００円 センタ―"),
            JapaneseTextNormalizer.Normalize(JapaneseTextNormalizer.Normalize("ＡＢＣ　１，０００円 センタ―")));

    [Fact]
    public void Lower_cases_every_character_as_the_invariant_culture_does_kana_and_kanji_included()
    {
        for (int c = char.MinValue; c <= char.MaxValue; c++)
        {
            Assert.Equal(char.ToLowerInvariant((char)c), JapaneseTextNormalizer.ToLower((char)c));
        }
    }

    [Fact]
    public void Gives_each_text_its_own_form_however_texts_recur_and_alternate()
    {
        // More texts than the forms a thread remembers, some differing in one character only.
        string[] texts = [.. Enumerable.Range(0, 12).Select(i => $"ＡＢＣ{i % 6}　１，０００円 センタ―{(i < 6 ? "" : "ｶﾞ")}")];
        string[] expected = new string[texts.Length];
        var fresh = new Thread(() =>
        {
            for (int i = 0; i < texts.Length; i++)
            {
                expected[i] = JapaneseTextNormalizer.Normalize(texts[i]);
            }
        });
        fresh.Start();
        fresh.Join();

        Gen.Int[0, texts.Length - 1].Array[1, 60].Sample(order =>
        {
            foreach (int i in order)
            {
                Assert.Equal(expected[i], JapaneseTextNormalizer.Normalize(new string(texts[i].AsSpan())));
            }
        });
    }
}
