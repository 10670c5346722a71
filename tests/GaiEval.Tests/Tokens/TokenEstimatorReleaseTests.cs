namespace GaiEval.Tests.Tokens;

using System.Runtime.CompilerServices;
using GaiEval.Providers.Tokens;
using Microsoft.ML.Tokenizers;

[CollectionDefinition(nameof(TokenEstimatorReleaseTests), DisableParallelization = true)]
public sealed class AloneWithTheHeap;

/// <summary>Runs alone: it weighs the managed heap, and another test holding an estimator would keep the vocabulary.</summary>
[Collection(nameof(TokenEstimatorReleaseTests))]
public sealed class TokenEstimatorReleaseTests
{
    private const long VocabularyBytes = 20L * 1024 * 1024;

    [Fact]
    public void The_vocabulary_is_freed_with_the_last_estimator_and_loaded_again_by_the_next()
    {
        long before = GC.GetTotalMemory(forceFullCollection: true);

        (WeakReference estimator, long loaded) = CountOnceAndDrop();
        long after = GC.GetTotalMemory(forceFullCollection: true);

        Assert.True(loaded - before > VocabularyBytes, $"語彙の読み込みで {(loaded - before) / 1024 / 1024} MB");
        Assert.False(estimator.IsAlive);
        Assert.True(loaded - after > VocabularyBytes, $"手放した後に残った {(after - before) / 1024 / 1024} MB");
        Assert.Equal(14, TokenEstimator.For("o200k_base").CountTokens("住民票の写しはどこで取得できますか？"));
    }

    [Theory]
    [InlineData("住民票の写しはどこで取得できますか？")]
    [InlineData("The quick brown fox jumps over the lazy dog. It's 2026-12-04, 8:30 AM.")]
    [InlineData("特別なトークン<|endoftext|>を含む文と<|endofprompt|>。")]
    [InlineData("  空白\t\nと改行\r\n、絵文字😀、数字1234567、全角１２３。")]
    public void Counts_as_the_library_s_own_o200k_base_tokenizer(string text)
    {
        var library = TiktokenTokenizer.CreateForEncoding("o200k_base");

        Assert.Equal(library.CountTokens(text), TokenEstimator.For("o200k_base").CountTokens(text));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (WeakReference Estimator, long Loaded) CountOnceAndDrop()
    {
        var estimator = TokenEstimator.For("o200k_base");
        Assert.Equal(4, estimator.CountTokens("Hello, world!"));
        long loaded = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(estimator);
        return (new WeakReference(estimator), loaded);
    }
}
