namespace GaiEval.Tests.Tokens;

using GaiEval.Providers.Tokens;
using Microsoft.Extensions.AI;
using Microsoft.ML.Tokenizers;

public sealed class TokenEstimatorTests
{
    // Reference counts and ids from OpenAI's tiktoken (o200k_base).
    private const string Japanese = "住民票の写しはどこで取得できますか？";
    private static readonly int[] JapaneseIds = [25503, 11712, 19671, 3385, 32444, 3829, 5205, 18524, 8468, 4344, 88083, 152546, 7128, 4802];

    [Fact]
    public void Counts_a_Japanese_sentence_as_its_o200k_encoding_which_decodes_back_to_the_sentence()
    {
        var estimator = TokenEstimator.For("o200k_base");
        var tokenizer = TiktokenTokenizer.CreateForEncoding("o200k_base");

        var ids = tokenizer.EncodeToIds(Japanese);

        Assert.Equal(JapaneseIds, ids);
        Assert.Equal(Japanese, tokenizer.Decode(ids));
        Assert.Equal(14, estimator.CountTokens(Japanese));
    }

    [Fact]
    public void A_long_text_with_punctuation_or_spaces_counts_exactly_as_one_piece_would()
    {
        var tokenizer = TiktokenTokenizer.CreateForEncoding("o200k_base");
        string prose = string.Concat(Enumerable.Range(0, 120).Select(i => $"住民票の写しは本庁舎{i}番窓口で取れます。"));
        string english = string.Concat(Enumerable.Repeat("The ward office opens at half past eight on weekdays ", 60));

        Assert.True(prose.Length > 4 * TokenChunks.MaximumLength);
        Assert.Equal(tokenizer.CountTokens(prose), TokenEstimator.For("o200k_base").CountTokens(prose));
        Assert.Equal(tokenizer.CountTokens(english), TokenEstimator.For("o200k_base").CountTokens(english));
    }

    [Fact]
    public void A_run_with_no_boundary_is_cut_every_piece_and_counted_within_a_token_per_cut()
    {
        var tokenizer = TiktokenTokenizer.CreateForEncoding("o200k_base");
        string run = new('あ', 3000);

        int exact = tokenizer.CountTokens(run);
        int estimate = TokenEstimator.For("o200k_base").CountTokens(run);

        Assert.Equal([512, 512, 512, 512, 512, 440], TokenChunks.Of(run).Select(piece => piece.Length));
        Assert.InRange(estimate, exact, exact + 5);
    }

    [Fact]
    public void A_piece_never_splits_a_surrogate_pair()
    {
        string text = "a" + string.Concat(Enumerable.Repeat("𠮷", 600));

        Assert.All(TokenChunks.Of(text), piece => Assert.False(char.IsHighSurrogate(piece.Span[^1])));
        Assert.Equal(text, string.Concat(TokenChunks.Of(text).Select(piece => piece.ToString())));
    }

    [Theory]
    [InlineData("Hello, world!", 4)]
    [InlineData("The quick brown fox jumps over the lazy dog.", 10)]
    [InlineData("", 0)]
    public void Counts_English_text_as_tiktoken_does(string text, int expected)
    {
        Assert.Equal(expected, TokenEstimator.For("o200k_base").CountTokens(text));
    }

    [Fact]
    public void Counts_the_texts_of_all_messages()
    {
        ChatMessage[] messages =
        [
            new(ChatRole.System, "Hello, world!"),
            new(ChatRole.User, Japanese),
            new(ChatRole.Assistant, [new DataContent(new byte[] { 1, 2, 3 }, "image/png")]),
        ];

        Assert.Equal(4 + 14, TokenEstimator.For("o200k_base").CountTokens(messages));
    }

    [Fact]
    public void Returns_one_cached_instance_per_name()
    {
        var first = TokenEstimator.For("o200k_base");

        Assert.Same(first, TokenEstimator.For("o200k_base"));
        Assert.Same(first, TokenEstimator.For("O200K_BASE"));
        Assert.Equal("o200k_base", first.Name);
    }

    [Fact]
    public void Rejects_an_unknown_name_and_lists_the_supported_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => TokenEstimator.For("cl99k_base"));

        Assert.Equal("name", error.ParamName);
        Assert.Contains("cl99k_base", error.Message);
        Assert.Contains("o200k_base", error.Message);
        Assert.Contains("o200k_base", TokenEstimator.SupportedNames);
    }

    [Fact]
    public async Task Gives_the_same_counts_when_used_from_many_threads_at_once()
    {
        var estimator = TokenEstimator.For("o200k_base");
        string[] texts = [.. Enumerable.Range(0, 64).Select(i => $"{Japanese} 第{i}号 Hello, world! {new string('あ', i)}")];
        int[] sequential = [.. texts.Select(estimator.CountTokens)];

        int[] parallel = await Task.WhenAll(texts.Select(text => Task.Run(() => estimator.CountTokens(text))));

        Assert.Equal(sequential, parallel);
    }
}
