using GaiEval.Core.Kpi.Import;

namespace GaiEval.Storage.Copy;

/// <summary>Reads a run's stored rows as they are and writes them into another store unchanged (gaieval db copy).</summary>
public interface IRunRowStore
{
    /// <summary>
    /// The run's rows and those of the KPI imports named by kind and content hash (an import the store does not hold is
    /// left out), read in one snapshot; null when the run is not stored.
    /// </summary>
    Task<StoredRunRows?> ReadRunRowsAsync(string runId, IReadOnlyList<(KpiKind Kind, string ContentHash)> kpiImports, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the rows in one transaction: the KPI imports this store does not hold yet (each numbered anew), then the run.
    /// </summary>
    /// <returns>False, having written nothing, when the store already holds the run.</returns>
    Task<bool> InsertRunRowsAsync(StoredRunRows rows, CancellationToken cancellationToken = default);
}
