namespace GaiEval.Core.Rounds.Exposure;

using GaiEval.Core.Model;

/// <summary>
/// The hidden items that earlier rounds exposed: every exposed.json in the other rounds' folders beside this one. An
/// item counts as exposed when its id and its content both match; a round that ran but was never closed counts too,
/// since its endpoints saw the questions all the same.
/// </summary>
public static class ExposureRegistry
{
    public const string FileName = "exposed.json";

    /// <summary>The hidden items of <paramref name="items"/> exposed by a round other than <paramref name="round"/>, with that round's name.</summary>
    public static IReadOnlyList<(GoldItem Item, string Round)> ExposedBefore(RoundFolder round, IReadOnlyList<GoldItem> items)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(items);
        string parent = Path.GetDirectoryName(round.Path)!;
        if (!Directory.Exists(parent))
        {
            return [];
        }

        var exposedBy = new Dictionary<ExposedItem, string>();
        foreach (string file in Directory.GetDirectories(parent).Order(StringComparer.Ordinal).Select(d => Path.Combine(d, FileName)).Where(File.Exists))
        {
            RoundExposure exposure = RoundJsonFiles.Read<RoundExposure>(file);
            if (exposure.Round == round.Name)
            {
                continue;
            }

            foreach (ExposedItem item in exposure.Items)
            {
                exposedBy.TryAdd(item, exposure.Round);
            }
        }

        return [.. items.Where(i => i.Split == ItemSplit.Hidden)
            .Select(i => (Item: i, Round: exposedBy.GetValueOrDefault(Exposed(i))))
            .Where(x => x.Round is not null)
            .Select(x => (x.Item, x.Round!))];
    }

    public static ExposedItem Exposed(GoldItem item) => new(item.Id, HiddenSetCommitment.CanonicalHash([item]));
}
