namespace GaiEval.Core.Analysis.Statistics;

/// <summary>
/// Counts of (automatic, human) verdict pairs over ordered category labels (e.g. 正答 / 部分 / 誤答): rows are the automatic
/// scorer's category, columns the human grade, both in the order of <see cref="Categories"/>. Equal when the categories and
/// every count are equal.
/// </summary>
public sealed record ConfusionMatrix
{
    private readonly int[] counts;

    private ConfusionMatrix(string[] categories, int[] counts)
    {
        Categories = Array.AsReadOnly(categories);
        this.counts = counts;
        Total = counts.Sum();
    }

    /// <summary>The labels in their order (worst to best or best to worst; weighted kappa only needs it consistent).</summary>
    public IReadOnlyList<string> Categories { get; }

    /// <summary>Number of pairs.</summary>
    public int Total { get; }

    /// <summary>Pairs on the diagonal, where the automatic verdict and the human grade are the same category.</summary>
    public int Agreements => Enumerable.Range(0, Categories.Count).Sum(i => this[i, i]);

    /// <summary>Agreements / total; null with no pair.</summary>
    public double? ObservedAgreement => Total == 0 ? null : (double)Agreements / Total;

    /// <summary>Pairs with the automatic verdict in category <paramref name="automatic"/> and the human grade in <paramref name="human"/>.</summary>
    public int this[int automatic, int human] => counts[(automatic * Categories.Count) + human];

    /// <summary>The count for two labels; throws for a label outside <see cref="Categories"/>.</summary>
    public int this[string automatic, string human] => this[IndexOf(automatic), IndexOf(human)];

    /// <summary>Builds the matrix from pairs; every label must be one of <paramref name="categories"/> (ordinal comparison).</summary>
    public static ConfusionMatrix FromPairs(IReadOnlyList<string> categories, IEnumerable<(string Automatic, string Human)> pairs)
    {
        string[] labels = ValidCategories(categories);
        var index = labels.Select((label, i) => (label, i)).ToDictionary(x => x.label, x => x.i, StringComparer.Ordinal);
        int[] counts = new int[labels.Length * labels.Length];
        foreach ((string automatic, string human) in pairs)
        {
            counts[(Find(index, automatic, nameof(pairs)) * labels.Length) + Find(index, human, nameof(pairs))]++;
        }

        return new ConfusionMatrix(labels, counts);
    }

    /// <summary>Builds the matrix from a table of counts, rows automatic and columns human, one of each per category.</summary>
    public static ConfusionMatrix FromCounts(IReadOnlyList<string> categories, int[,] counts)
    {
        string[] labels = ValidCategories(categories);
        int k = labels.Length;
        if (counts.GetLength(0) != k || counts.GetLength(1) != k)
        {
            throw new ArgumentException($"The table must be {k}×{k} for {k} categories.", nameof(counts));
        }

        int[] flat = new int[k * k];
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < k; j++)
            {
                ArgumentOutOfRangeException.ThrowIfNegative(counts[i, j], nameof(counts));
                flat[(i * k) + j] = counts[i, j];
            }
        }

        return new ConfusionMatrix(labels, flat);
    }

    /// <summary>Pairs whose automatic verdict is category <paramref name="category"/> (a row total).</summary>
    public int AutomaticTotal(int category) => Enumerable.Range(0, Categories.Count).Sum(j => this[category, j]);

    /// <summary>Pairs whose human grade is category <paramref name="category"/> (a column total).</summary>
    public int HumanTotal(int category) => Enumerable.Range(0, Categories.Count).Sum(i => this[i, category]);

    /// <summary>The same pairs with the two raters swapped (rows become columns).</summary>
    public ConfusionMatrix Transposed()
    {
        int k = Categories.Count;
        int[] swapped = new int[k * k];
        for (int i = 0; i < k; i++)
        {
            for (int j = 0; j < k; j++)
            {
                swapped[(j * k) + i] = this[i, j];
            }
        }

        return new ConfusionMatrix([.. Categories], swapped);
    }

    /// <summary>The position of a label in <see cref="Categories"/>; throws for an unknown label.</summary>
    public int IndexOf(string category)
    {
        for (int i = 0; i < Categories.Count; i++)
        {
            if (string.Equals(Categories[i], category, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"'{category}' is not one of the categories ({string.Join(", ", Categories)}).", nameof(category));
    }

    public bool Equals(ConfusionMatrix? other) =>
        other is not null && Categories.SequenceEqual(other.Categories, StringComparer.Ordinal) && counts.AsSpan().SequenceEqual(other.counts);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (string category in Categories)
        {
            hash.Add(category, StringComparer.Ordinal);
        }

        foreach (int count in counts)
        {
            hash.Add(count);
        }

        return hash.ToHashCode();
    }

    private static string[] ValidCategories(IReadOnlyList<string> categories)
    {
        string[] labels = [.. categories];
        if (labels.Length == 0)
        {
            throw new ArgumentException("At least one category is needed.", nameof(categories));
        }

        foreach (string label in labels)
        {
            ArgumentNullException.ThrowIfNull(label, nameof(categories));
        }

        if (labels.Distinct(StringComparer.Ordinal).Count() != labels.Length)
        {
            throw new ArgumentException($"The categories repeat a label ({string.Join(", ", labels)}).", nameof(categories));
        }

        return labels;
    }

    private static int Find(Dictionary<string, int> index, string label, string parameter) =>
        label is not null && index.TryGetValue(label, out int i)
            ? i
            : throw new ArgumentException($"'{label}' is not one of the categories ({string.Join(", ", index.Keys)}).", parameter);
}
