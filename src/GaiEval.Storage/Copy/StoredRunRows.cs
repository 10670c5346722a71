namespace GaiEval.Storage.Copy;

/// <summary>
/// Every stored row of one run (run, items, responses, scores, human grades, in that order) and of the KPI imports its
/// plan is pinned to (each import and its records), as read from one store to be written unchanged into another.
/// </summary>
public sealed record StoredRunRows(string RunId, IReadOnlyList<StoredTableRows> RunTables, IReadOnlyList<StoredKpiImportRows> KpiImports)
{
    /// <summary>The number of rows of <paramref name="table"/>.</summary>
    public int Count(string table) => RunTables.Where(t => t.Table == table).Sum(t => t.Rows.Count);

    /// <summary>The run's own rows are the same in both (the KPI imports are matched by kind and content hash).</summary>
    public bool SameRunAs(StoredRunRows other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return RunTables.Count == other.RunTables.Count && RunTables.Zip(other.RunTables).All(pair => pair.First.SameAs(pair.Second));
    }
}

/// <summary>One row of kpi_imports (without its import_id) and the rows of its records' table.</summary>
public sealed record StoredKpiImportRows(string Kind, string ContentHash, StoredTableRows Import, StoredTableRows Records);
