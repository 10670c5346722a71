namespace GaiEval.Core.Plans;

using GaiEval.Core.Model;

/// <summary>
/// The one rule deciding which splits a provider may be sent: an answers file answers public items only, and a vendor's
/// submission in a round (<see cref="ProviderProfile.Submitted"/>) is never sent a private item, which the ward uses only
/// offline, and an answers file submitted to a round answers no risk probe (probes are never published). Every other
/// provider is the ward's own and may be sent every split.
/// </summary>
public static class SplitPolicy
{
    /// <summary>Why <paramref name="provider"/> may not be sent <paramref name="item"/>; null when it may.</summary>
    public static string? WhyWithheld(ProviderProfile provider, GoldItem item)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(item);
        if (AdapterCatalogue.Of(provider.Adapter).AnswersFromFile && item.Split != ItemSplit.Public)
        {
            return $"{Name(item.Split)} の項目は、回答ファイルの提供先には送りません（回答ファイルで答えられるのは公開（public）項目だけ）。";
        }

        if (provider.Submitted && item.Split == ItemSplit.Private)
        {
            return "private の項目は区の中だけで使うため、ベンダーの応募には送りません。";
        }

        return provider.Submitted && item.IsProbe && AdapterCatalogue.Of(provider.Adapter).AnswersFromFile
            ? "リスク検査プローブは公開していないため、回答ファイルの応募には送りません。"
            : null;
    }

    private static string Name(ItemSplit split) => split.ToString().ToLowerInvariant();
}
