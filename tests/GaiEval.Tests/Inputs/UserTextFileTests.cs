namespace GaiEval.Tests.Inputs;

using System.Text;
using GaiEval.Core.Inputs;

/// <summary>The one decoder of user files, on bytes: which encodings it reads, and where it says a file cannot be read.</summary>
public sealed class UserTextFileTests
{
    private const string Text = "id,question\n1,住民票の写しの手数料はいくらですか\n2,ｱｲｳ半角カナ\n";

    static UserTextFileTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("cp932")]
    public void Reads_the_encodings_windows_and_excel_write(string name)
    {
        byte[] bytes = name switch
        {
            "utf-8" => new UTF8Encoding(false).GetBytes(Text),
            "utf-8-bom" => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Text)],
            "utf-16le-bom" => [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(Text)],
            "utf-16be-bom" => [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes(Text)],
            "utf-16le" => Encoding.Unicode.GetBytes(Text),
            "utf-16be" => Encoding.BigEndianUnicode.GetBytes(Text),
            _ => Encoding.GetEncoding(932).GetBytes(Text),
        };

        Assert.Equal(Text, UserTextFile.Decode("a.csv", bytes));
    }

    [Fact]
    public void Refuses_euc_jp_even_where_cp932_would_decode_it_as_half_width_kana()
    {
        byte[] euc = Encoding.GetEncoding("euc-jp").GetBytes("あさのうち,すずき\n");
        Assert.Equal("､｢､ｵ､ﾎ､ｦ､ﾁ,､ｹ､ｺ､ｭ\n", Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetString(euc));

        InputError error = Assert.Single(Assert.Throws<InputException>(() => UserTextFile.Decode("a.csv", euc)).Errors);

        Assert.Equal("a.csv:0: 文字コード: UTF-8 でも CP932 でもありません（EUC-JP のようです）。UTF-8 で保存し直してください", error.ToString());
    }

    [Fact]
    public void Reads_a_cp932_file_of_half_width_kana_as_cp932_though_its_bytes_also_make_euc_jp_kanji()
    {
        const string HalfWidth = "ｶﾀｶﾅ,ﾔﾏﾀﾞ･ﾀﾛｳ\n";

        Assert.Equal(HalfWidth, UserTextFile.Decode("a.csv", Encoding.GetEncoding(932).GetBytes(HalfWidth)));
    }

    [Theory]
    [InlineData(new byte[] { 0x81, 0x20 }, "0x81 0x20")]
    [InlineData(new byte[] { 0xA0 }, "0xA0")]
    [InlineData(new byte[] { 0xFD }, "0xFD")]
    [InlineData(new byte[] { 0x85, 0x40 }, "0x85 0x40")]
    public void Refuses_cp932_bytes_that_are_no_character_naming_their_line(byte[] bad, string shown)
    {
        byte[] good = Encoding.GetEncoding(932).GetBytes("見出し\n住民票\n");
        byte[] bytes = [.. good, .. Encoding.GetEncoding(932).GetBytes("税務"), .. bad, (byte)'\n'];

        InputError error = Assert.Single(Assert.Throws<InputException>(() => UserTextFile.Decode("a.csv", bytes)).Errors);

        Assert.Equal($"a.csv:3: 文字コード: CP932（Shift_JIS）として読めないバイトがあります（{shown}）。UTF-8 で保存し直してください", error.ToString());
    }

    [Fact]
    public void Names_the_line_of_a_broken_utf16_character()
    {
        byte[] bytes = [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes("一行目\n二行目\n"), 0x00, 0xD8, (byte)'a', 0x00];

        InputError error = Assert.Single(Assert.Throws<InputException>(() => UserTextFile.Decode("a.csv", bytes)).Errors);

        Assert.StartsWith("a.csv:3: 文字コード: UTF-16 として読めないバイトがあります", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_file_larger_than_one_block_and_names_a_bad_byte_far_into_it()
    {
        string line = "住民票の写しの手数料はいくらですか,300円\n";
        byte[] good = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(line, 5000)));
        Assert.True(good.Length > 64 * 1024);
        byte[] bytes = [.. good, 0xFF, (byte)'\n'];

        InputError error = Assert.Single(Assert.Throws<InputException>(() => UserTextFile.Decode("a.csv", bytes)).Errors);

        Assert.Equal("a.csv:5001: 文字コード: UTF-8 として読めないバイトがあります（0xFF）。UTF-8 で保存し直してください", error.ToString());
        Assert.Equal(5000, UserTextFile.Decode("b.csv", good).Split('\n').Length - 1);
    }
}
