namespace GaiEval.Core.Kpi.Findings;

/// <summary>Reads the selected imports from the store and computes their <see cref="KpiFindings"/>.</summary>
public static class KpiFindingsLoader
{
    public static async Task<KpiFindings> LoadAsync(IKpiStore store, KpiFindingsInputs inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(inputs);
        IReadOnlyList<long>? ids = inputs.Selection.ImportIds;
        List<StoredKpiImport> sources = [.. (await store.ListKpiImportsAsync(cancellationToken).ConfigureAwait(false))
            .Where(i => ids is null || ids.Contains(i.ImportId))];
        List<SurveyResponse> survey = await ToListAsync(store.ReadSurveyResponsesAsync(ids, cancellationToken)).ConfigureAwait(false);
        List<UsageEvent> usage = await ToListAsync(store.ReadUsageEventsAsync(ids, cancellationToken)).ConfigureAwait(false);
        List<TaskTiming> timings = await ToListAsync(store.ReadTaskTimingsAsync(ids, cancellationToken)).ConfigureAwait(false);
        return KpiFindingsBuilder.Build(sources, survey, usage, timings, inputs);
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (T item in items.ConfigureAwait(false))
        {
            list.Add(item);
        }

        return list;
    }
}
