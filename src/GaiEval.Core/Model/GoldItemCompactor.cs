namespace GaiEval.Core.Model;

using GaiEval.Core.Inputs;

/// <summary>
/// Makes the items of one test set cheap to hold together: each list of exactly its length (every empty one the same
/// empty array), the short texts that repeat from item to item (業務分野, 用途, 出典, タグ, 必須語, 禁止語 …) held once, and
/// so each list of them that repeats (the same 必須語 or タグ on many items): one array for all the items that have it.
/// The long texts too (question, context, reference): a set that gives many items the same passage to summarise, or the
/// same model answer, holds it once. Only the id is each item's own.
/// </summary>
public sealed class GoldItemCompactor
{
    private readonly TextPool pool = new();
    private readonly HashSet<string[]> lists = new(SameTexts<string>.Comparer);
    private readonly HashSet<IReadOnlyList<string>[]> groups = new(SameTexts<IReadOnlyList<string>>.Comparer);

    public GoldItem Compact(GoldItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item with
        {
            Category = pool.Get(item.Category),
            Use = pool.Get(item.Use),
            Question = pool.Get(item.Question),
            Context = item.Context is { } context ? pool.Get(context) : null,
            Reference = item.Reference is { } reference ? pool.Get(reference) : null,
            MustInclude = Groups(item.MustInclude),
            MustNotInclude = Texts(item.MustNotInclude),
            Sources = Texts(item.Sources),
            Rubric = Texts(item.Rubric),
            Tags = Texts(item.Tags),
            Perspective = item.Perspective is { } perspective ? pool.Get(perspective) : null,
            Pair = item.Pair is { } pair ? pool.Get(pair) : null,
        };
    }

    private string[] Texts(IReadOnlyList<string> texts) => texts.Count > 0 ? Shared(lists, [.. texts.Select(pool.Get)]) : [];

    // Each group is shared first, so that equal lists of groups hold the very same group arrays.
    private IReadOnlyList<string>[] Groups(IReadOnlyList<IReadOnlyList<string>> alternatives) =>
        alternatives.Count > 0 ? Shared(groups, [.. alternatives.Select(Texts)]) : [];

    private static T[] Shared<T>(HashSet<T[]> set, T[] list)
        where T : class
    {
        if (set.TryGetValue(list, out T[]? shared))
        {
            return shared;
        }

        set.Add(list);
        return list;
    }

    /// <summary>
    /// Lists with the same members in the same order, by the members' default equality: texts by content, groups (arrays
    /// already shared) by identity.
    /// </summary>
    private sealed class SameTexts<T> : IEqualityComparer<T[]>
        where T : class
    {
        public static SameTexts<T> Comparer { get; } = new();

        public bool Equals(T[]? x, T[]? y) => ReferenceEquals(x, y) || (x is not null && y is not null && x.AsSpan().SequenceEqual(y));

        public int GetHashCode(T[] list)
        {
            var hash = new HashCode();
            foreach (T member in list)
            {
                hash.Add(member);
            }

            return hash.ToHashCode();
        }
    }
}
