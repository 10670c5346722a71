namespace GaiEval.Core.Rounds.Publishing;

using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;

/// <summary>
/// What must hold before a round's public items are published: at least one public item, and none whose sensitivity
/// keeps it inside the ward (internal, confidential), since publishing sends it to anyone.
/// </summary>
public static class PublicationCheck
{
    /// <exception cref="InputException">Every fault, each at its item's line.</exception>
    public static void ThrowIfUnpublishable(TestSet testSet)
    {
        ArgumentNullException.ThrowIfNull(testSet);
        var errors = new InputErrorCollector(testSet.Path);
        List<GoldItem> published = [.. testSet.Items.Where(item => item.Split == ItemSplit.Public)];
        if (published.Count == 0)
        {
            errors.Add(0, "split", "split が public の項目が1件もありません。公開する項目がありません");
        }

        foreach (GoldItem item in published.Where(item => item.Sensitivity != Sensitivity.Public))
        {
            errors.Add(testSet.ItemLines.GetValueOrDefault(item.Id), "sensitivity",
                $"項目「{item.Id}」は split が public なので区の外に公開されますが、sensitivity が {SensitivityNames.Name(item.Sensitivity)}（{SensitivityNames.Label(item.Sensitivity)}）です。" +
                "公開してよい項目なら sensitivity を public に、そうでなければ split を hidden か private にしてください");
        }

        errors.ThrowIfAny();
    }
}
