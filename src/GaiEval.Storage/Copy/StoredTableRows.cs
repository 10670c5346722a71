namespace GaiEval.Storage.Copy;

/// <summary>
/// Rows of one table as the store keeps them (text, 64-bit integers, doubles, nulls), in the order they were written;
/// the generated key the engine numbers itself (response_id, score_id, import_id, row_order) is left out.
/// </summary>
public sealed record StoredTableRows(string Table, IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows)
{
    /// <summary>Same columns and the same values row by row (an integer and a double of the same value count as equal).</summary>
    public bool SameAs(StoredTableRows other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Table != Table || Rows.Count != other.Rows.Count || !Columns.Order(StringComparer.Ordinal).SequenceEqual(other.Columns.Order(StringComparer.Ordinal)))
        {
            return false;
        }

        int[] map = [.. Columns.Select(column => other.Columns.ToList().IndexOf(column))];
        return Rows.Zip(other.Rows).All(pair => map.Select((j, i) => SameValue(pair.First[i], pair.Second[j])).All(same => same));
    }

    private static bool SameValue(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (long x, double y) => x == y,
        (double x, long y) => x == y,
        _ => Equals(a, b),
    };
}
