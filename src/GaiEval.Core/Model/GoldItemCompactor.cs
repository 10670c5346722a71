namespace GaiEval.Core.Model;

using GaiEval.Core.Inputs;

/// <summary>
/// Makes the items of one test set cheap to hold together: each list of exactly its length (every empty one the same
/// empty array), and the short texts that repeat from item to item (業務分野, 用途, 出典, タグ, 必須語, 禁止語 …) held once.
/// The item's own texts (id, question, context, reference) are kept as they are.
/// </summary>
public sealed class GoldItemCompactor
{
    private readonly TextPool pool = new();

    public GoldItem Compact(GoldItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item with
        {
            Category = pool.Get(item.Category),
            Use = pool.Get(item.Use),
            MustInclude = item.MustInclude.Count > 0 ? [.. item.MustInclude.Select(Texts)] : [],
            MustNotInclude = Texts(item.MustNotInclude),
            Sources = Texts(item.Sources),
            Rubric = Texts(item.Rubric),
            Tags = Texts(item.Tags),
            Perspective = item.Perspective is { } perspective ? pool.Get(perspective) : null,
            Pair = item.Pair is { } pair ? pool.Get(pair) : null,
        };
    }

    private string[] Texts(IReadOnlyList<string> texts) => texts.Count > 0 ? [.. texts.Select(pool.Get)] : [];
}
