namespace GaiEval.Core.Rounds.Exposure;

using System.Security.Cryptography;
using System.Text;
using GaiEval.Core.Model;
using GaiEval.Core.Text;

/// <summary>
/// The hidden items that earlier rounds exposed: every exposed.json in the other rounds' folders beside this one. An
/// item counts as exposed when its id or its question (with its context, normalised) matches: a vendor saw the question,
/// so fixing the reference or a tag does not make it new, nor does a new id. A round that ran but was never closed
/// counts too, since its endpoints saw the questions all the same.
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

        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        var byQuestion = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string file in Directory.GetDirectories(parent).Order(StringComparer.Ordinal).Select(d => Path.Combine(d, FileName)).Where(File.Exists))
        {
            RoundExposure exposure = RoundJsonFiles.Read<RoundExposure>(file);
            if (exposure.Round == round.Name)
            {
                continue;
            }

            foreach (ExposedItem item in exposure.Items)
            {
                byId.TryAdd(item.Id, exposure.Round);
                byQuestion.TryAdd(item.Hash, exposure.Round);
            }
        }

        return [.. items.Where(i => i.Split == ItemSplit.Hidden)
            .Select(i => (Item: i, Round: byId.GetValueOrDefault(i.Id) ?? byQuestion.GetValueOrDefault(Exposed(i).Hash)))
            .Where(x => x.Round is not null)
            .Select(x => (x.Item, x.Round!))];
    }

    /// <summary>The item's id and the SHA-256 of its normalised question and context.</summary>
    public static ExposedItem Exposed(GoldItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        string question = JapaneseTextNormalizer.Normalize(item.Question) + "\n" + JapaneseTextNormalizer.Normalize(item.Context);
        return new ExposedItem(item.Id, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(question))));
    }
}
