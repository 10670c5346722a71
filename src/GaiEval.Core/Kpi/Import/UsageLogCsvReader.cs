namespace GaiEval.Core.Kpi.Import;

/// <summary>
/// Reads a platform's or gateway's usage log into <see cref="UsageEvent"/>s, streaming: one row in memory at a time,
/// however long the log.
/// </summary>
public sealed class UsageLogCsvReader(StaffKeyHasher hasher, KpiMapping? mapping = null)
{
    public KpiReading<UsageEvent> Read(string path) => KpiCsv.Read(path, KpiKind.Usage, mapping, hasher, row => new UsageEvent
    {
        Timestamp = row.Timestamp("timestamp") ?? default,
        User = row.StaffKey("user") ?? string.Empty,
        Department = row.Text("department"),
        InputTokens = row.Count("input_tokens"),
        OutputTokens = row.Count("output_tokens"),
        Model = row.Text("model"),
        Use = row.Use("use"),
        Feedback = row.Feedback("feedback"),
        FromHarness = row.FromHarness("source"),
    });
}
