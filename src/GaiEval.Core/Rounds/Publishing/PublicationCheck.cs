namespace GaiEval.Core.Rounds.Publishing;

using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Text;

/// <summary>
/// What must hold before a round's public items are published: at least one public item, none whose sensitivity keeps
/// it inside the ward (internal, confidential), since publishing sends it to anyone, and none whose text (question,
/// context, reference, rubric, required and forbidden words) holds a hidden or private item's question, context,
/// reference or rubric point (compared normalised; texts under <see cref="MinimumLength"/> characters are too common to tell).
/// </summary>
public static class PublicationCheck
{
    public const int MinimumLength = 8;

    /// <summary>A quoted sentence may end otherwise than the original (？ for 。).</summary>
    private static readonly char[] SentenceEnds = ['。', '．', '.', '？', '?', '！', '!'];

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

        foreach (GoldItem item in published)
        {
            string text = JapaneseTextNormalizer.Normalize(string.Join("\n",
                [item.Question, item.Context, item.Reference, .. item.Rubric, .. item.MustInclude.SelectMany(words => words), .. item.MustNotInclude]));
            foreach ((GoldItem secret, string field) in SecretTexts(testSet.Items).Where(s => text.Contains(s.Text, StringComparison.Ordinal)).Select(s => (s.Item, s.Field)))
            {
                errors.Add(testSet.ItemLines.GetValueOrDefault(item.Id), "split",
                    $"公開する項目「{item.Id}」の本文に、{secret.Split.ToString().ToLowerInvariant()} の項目「{secret.Id}」の {field} が含まれています。" +
                    "公開すると非公開の項目が知られるため、どちらかを書き換えてください");
            }
        }

        errors.ThrowIfAny();
    }

    private static IEnumerable<(GoldItem Item, string Field, string Text)> SecretTexts(IEnumerable<GoldItem> items) =>
        items.Where(i => i.Split != ItemSplit.Public)
            .SelectMany(i => new[] { (i, "question", i.Question), (i, "context", i.Context), (i, "reference", i.Reference) }
                .Concat(i.Rubric.Select(point => (i, "rubric", (string?)point))))
            .Select(x => (x.Item1, x.Item2, Text: JapaneseTextNormalizer.Normalize(x.Item3).TrimEnd(SentenceEnds)))
            .Where(x => x.Text.Length >= MinimumLength);
}
