namespace GaiEval.Storage;

/// <summary>Counts an import's records, those of the harness's own traffic, and the first and last place in time they name.</summary>
internal sealed class KpiImportTally<T>(KpiRecordTable<T> table)
{
    public long Rows { get; private set; }

    public long HarnessRows { get; private set; }

    public string? From { get; private set; }

    public string? To { get; private set; }

    public void Add(T record)
    {
        Rows++;
        HarnessRows += table.FromHarness(record) ? 1 : 0;
        if (table.Period(record) is { } at)
        {
            From = From is null || string.CompareOrdinal(at, From) < 0 ? at : From;
            To = To is null || string.CompareOrdinal(at, To) > 0 ? at : To;
        }
    }
}
