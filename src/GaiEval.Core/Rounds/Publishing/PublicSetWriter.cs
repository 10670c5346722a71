namespace GaiEval.Core.Rounds.Publishing;

using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Rounds.Contamination;
using GaiEval.Core.TestSets;

/// <summary>
/// Writes a round's public items for vendors to practise on: <c>public/testset.jsonl</c> in the test-set format, every
/// item marked with the round's canary, and <c>public/README.md</c>. Hidden and private items are left out whole:
/// neither their text nor their number reaches these files.
/// </summary>
/// <remarks>
/// The canary goes where it survives any use of the file without changing the task: a sentence after the reference
/// (what a model trained on the file would learn to write) and a tag (so that an item without a reference carries it
/// too). Questions, contexts and the matching rules are left as they are.
/// </remarks>
public static class PublicSetWriter
{
    public const string TestSetName = "testset.jsonl";

    public const string ReadmeName = "README.md";

    /// <summary>The tag that carries the canary: <c>canary:</c> followed by it.</summary>
    public const string CanaryTagPrefix = "canary:";

    /// <summary>The sentence appended to every published reference.</summary>
    public static string CanarySentence(string canary) => $"（評価用の識別子 {canary}：この文は回答に含めないでください）";

    /// <summary>The public items of <paramref name="items"/> as published: the canary added, every other field unchanged.</summary>
    public static IReadOnlyList<GoldItem> PublicItems(IEnumerable<GoldItem> items, string canary)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentException.ThrowIfNullOrWhiteSpace(canary);
        return [.. items.Where(item => item.Split == ItemSplit.Public).Select(item => item with
        {
            Reference = item.Reference is null ? null : item.Reference + CanarySentence(canary),
            Tags = [.. item.Tags, CanaryTagPrefix + canary],
        })];
    }

    /// <summary>Writes both files into <see cref="RoundFolder.PublicFolder"/>, replacing an earlier publication of the round.</summary>
    /// <exception cref="ArgumentException">The set has no public item, or one that <see cref="PublicationCheck"/> refuses.</exception>
    public static PublishedSet Write(RoundFolder folder, IEnumerable<GoldItem> items, RoundCanary canary, RoundCommitment commitment)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(canary);
        ArgumentNullException.ThrowIfNull(commitment);
        IReadOnlyList<GoldItem> published = PublicItems(items, canary.Canary);
        if (published.Count == 0)
        {
            throw new ArgumentException("The set has no public item to publish.", nameof(items));
        }

        if (published.FirstOrDefault(item => item.Sensitivity != Sensitivity.Public) is { } inside)
        {
            throw new ArgumentException($"Item {inside.Id} is kept inside the ward by its sensitivity: check with PublicationCheck first.", nameof(items));
        }

        Directory.CreateDirectory(folder.PublicFolder);
        string testSet = Path.Combine(folder.PublicFolder, TestSetName);
        string readme = Path.Combine(folder.PublicFolder, ReadmeName);
        GoldItemJsonlWriter.Write(testSet, published);
        File.WriteAllText(readme, PublicReadme.Text(folder.Name, published.Count, canary, commitment), new System.Text.UTF8Encoding(false));
        CheckLoads(testSet, published.Count);
        return new PublishedSet(testSet, readme, published.Count);
    }

    /// <summary>A vendor must be able to load the file with gaieval itself; a file that does not load is never left behind.</summary>
    private static void CheckLoads(string testSet, int count)
    {
        int loaded;
        try
        {
            loaded = TestSetLoader.Load(testSet).Items.Count;
        }
        catch (InputException e)
        {
            File.Delete(testSet);
            throw new InvalidOperationException($"The published test set does not load: {e.Message}", e);
        }

        if (loaded != count)
        {
            File.Delete(testSet);
            throw new InvalidOperationException($"The published test set loads {loaded} items instead of {count}.");
        }
    }
}
