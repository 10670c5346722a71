using System.Text;
using GaiEval.Storage.Rows;

namespace GaiEval.Tests.Storage;

public sealed class Utf8StringCacheTests
{
    [Fact]
    public void A_text_read_again_is_the_string_made_the_first_time_even_after_other_texts()
    {
        var cache = new Utf8StringCache();

        string first = cache.Get("すべての規則を満たす"u8);
        string other = cache.Get("禁止語なし"u8);
        string again = cache.Get("すべての規則を満たす"u8);
        string repeated = cache.Get("すべての規則を満たす"u8);

        Assert.Equal("すべての規則を満たす", first);
        Assert.Equal("禁止語なし", other);
        Assert.Same(first, again);
        Assert.Same(first, repeated);
    }

    [Fact]
    public void A_text_that_differs_from_the_previous_one_only_at_its_end_or_in_length_is_its_own()
    {
        var cache = new Utf8StringCache();

        Assert.Equal("必須語句「戸籍住民課」が一致", cache.Get("必須語句「戸籍住民課」が一致"u8));
        Assert.Equal("必須語句「戸籍住民課」が不一致", cache.Get("必須語句「戸籍住民課」が不一致"u8));
        Assert.Equal("必須語句「戸籍住民課」", cache.Get("必須語句「戸籍住民課」"u8));
        Assert.Equal("s-000001", cache.Get("s-000001"u8));
        Assert.Equal("s-000002", cache.Get("s-000002"u8));
    }

    [Fact]
    public void The_empty_text_is_the_empty_string()
    {
        var cache = new Utf8StringCache();

        Assert.Equal(string.Empty, cache.Get([]));
        Assert.Equal("a", cache.Get("a"u8));
        Assert.Equal(string.Empty, cache.Get([]));
    }

    [Fact]
    public void A_text_longer_than_the_stack_buffer_reads_whole_and_is_shared()
    {
        var cache = new Utf8StringCache();
        string text = string.Concat(Enumerable.Repeat("根拠資料にない事実は確認しない。", 40));
        byte[] bytes = Encoding.UTF8.GetBytes(text);

        string read = cache.Get(bytes);
        cache.Get("短い"u8);

        Assert.Equal(text, read);
        Assert.Same(read, cache.Get(bytes));
    }

    [Fact]
    public void Invalid_utf8_reads_as_the_encoding_reads_it()
    {
        var cache = new Utf8StringCache();
        byte[] invalid = [0x41, 0xE3, 0x81, 0xFF, 0x42];

        Assert.Equal(Encoding.UTF8.GetString(invalid), cache.Get(invalid));
    }
}
