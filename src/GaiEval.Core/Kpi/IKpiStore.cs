namespace GaiEval.Core.Kpi;

using GaiEval.Core.Inputs;
using GaiEval.Core.Kpi.Import;

/// <summary>
/// Where imported KPI files are kept. An import is one transaction: the reading is streamed into it and, when the reading
/// reports any error by its end, nothing of the file is stored.
/// </summary>
public interface IKpiStore
{
    /// <param name="progress">Told the number of records read so far, after each batch.</param>
    /// <exception cref="InputException">The reading reported errors (all of them); nothing was stored.</exception>
    Task<StoredKpiImport> ImportSurveyAsync(
        KpiImportFile file, KpiReading<SurveyResponse> reading, IProgress<long>? progress = null, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="ImportSurveyAsync"/>
    Task<StoredKpiImport> ImportUsageAsync(
        KpiImportFile file, KpiReading<UsageEvent> reading, IProgress<long>? progress = null, CancellationToken cancellationToken = default);

    /// <inheritdoc cref="ImportSurveyAsync"/>
    Task<StoredKpiImport> ImportTimingsAsync(
        KpiImportFile file, KpiReading<TaskTiming> reading, IProgress<long>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>The import of a file with this content, if one was stored for this kind.</summary>
    Task<StoredKpiImport?> FindKpiImportAsync(KpiKind kind, string contentHash, CancellationToken cancellationToken = default);

    /// <summary>Every import, in the order imported.</summary>
    Task<IReadOnlyList<StoredKpiImport>> ListKpiImportsAsync(CancellationToken cancellationToken = default);

    /// <summary>The stored survey responses of these imports (null: of every import), by import then line.</summary>
    IAsyncEnumerable<SurveyResponse> ReadSurveyResponsesAsync(IReadOnlyList<long>? importIds = null, CancellationToken cancellationToken = default);

    /// <summary>The stored usage events of these imports (null: of every import), in the order imported.</summary>
    IAsyncEnumerable<UsageEvent> ReadUsageEventsAsync(IReadOnlyList<long>? importIds = null, CancellationToken cancellationToken = default);

    /// <summary>The stored timings of these imports (null: of every import), by import then line.</summary>
    IAsyncEnumerable<TaskTiming> ReadTaskTimingsAsync(IReadOnlyList<long>? importIds = null, CancellationToken cancellationToken = default);
}
