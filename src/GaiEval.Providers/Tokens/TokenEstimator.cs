namespace GaiEval.Providers.Tokens;

using Microsoft.Extensions.AI;
using Microsoft.ML.Tokenizers;

/// <summary>
/// Counts tokens with a named tokenizer, to estimate usage that a provider does not report.
/// Instances are shared per name while anything holds one, and safe to use from several threads. The tokenizer's
/// vocabulary (about 30 MB for o200k_base, a quarter of a second to build) is loaded at the first count, so a run whose
/// providers report their usage never loads it, and it is freed with the last estimator holding it (once a run's calls
/// end, their clients go and the vocabulary with them).
/// </summary>
/// <remarks>
/// Message counts are the sum of the message texts; the per-message overhead of a chat format is not added,
/// so an estimate of input tokens is slightly low.
/// </remarks>
public sealed class TokenEstimator
{
    public const string O200kBase = "o200k_base";

    private static readonly Dictionary<string, Func<Tokenizer>> Loaders = new(StringComparer.OrdinalIgnoreCase)
    {
        [O200kBase] = O200kBaseVocabulary.Load,
    };

    private static readonly Dictionary<string, WeakReference<TokenEstimator>> Live = new(StringComparer.OrdinalIgnoreCase);

    private readonly Lazy<Tokenizer> tokenizer;

    private TokenEstimator(string name, Func<Tokenizer> load)
    {
        Name = name;
        tokenizer = new Lazy<Tokenizer>(load, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The tokenizer names <see cref="For"/> accepts.</summary>
    public static IReadOnlyCollection<string> SupportedNames => Loaders.Keys;

    /// <summary>The canonical tokenizer name, as recorded with estimated counts.</summary>
    public string Name { get; }

    /// <exception cref="ArgumentException">The name is not one of <see cref="SupportedNames"/>.</exception>
    public static TokenEstimator For(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!Loaders.TryGetValue(name, out var load))
        {
            throw new ArgumentException(
                $"未対応のトークナイザーです: '{name}'（対応しているもの: {string.Join(", ", SupportedNames)}）", nameof(name));
        }

        string canonical = Loaders.Keys.First(known => string.Equals(known, name, StringComparison.OrdinalIgnoreCase));
        lock (Live)
        {
            if (Live.TryGetValue(canonical, out var held) && held.TryGetTarget(out var estimator))
            {
                return estimator;
            }

            estimator = new TokenEstimator(canonical, load);
            Live[canonical] = new WeakReference<TokenEstimator>(estimator);
            return estimator;
        }
    }

    /// <summary>The tokens of <paramref name="text"/>, counted in pieces (<see cref="TokenChunks"/>) so that any length counts in linear time.</summary>
    public int CountTokens(string? text) =>
        string.IsNullOrEmpty(text) ? 0
        : text.Length <= TokenChunks.MaximumLength ? tokenizer.Value.CountTokens(text)
        : TokenChunks.Of(text).Sum(piece => tokenizer.Value.CountTokens(piece.Span));

    public int CountTokens(IEnumerable<ChatMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return messages.Sum(message => CountTokens(message.Text));
    }
}
