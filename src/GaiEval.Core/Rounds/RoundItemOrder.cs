namespace GaiEval.Core.Rounds;

using System.Security.Cryptography;
using System.Text;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;

/// <summary>The one order in which a round sends its items to every submission, drawn from the round's seed.</summary>
public static class RoundItemOrder
{
    /// <summary>The round's seed: the plan's, else the first four bytes of SHA-256 of the round's name.</summary>
    public static int SeedOf(string round, RoundSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Seed ?? BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(round)), 0) & int.MaxValue;
    }

    /// <summary>The items in the round's one order: a Fisher–Yates shuffle seeded with <paramref name="seed"/>.</summary>
    public static IReadOnlyList<GoldItem> Order(IReadOnlyList<GoldItem> items, int seed)
    {
        ArgumentNullException.ThrowIfNull(items);
        GoldItem[] order = [.. items];
        new Random(seed).Shuffle(order);
        return order;
    }
}
