namespace GaiEval.Core.Kpi.Import;

/// <summary>Reads time-and-motion sheets (each task without and with AI, by one member of staff) into <see cref="TaskTiming"/>s.</summary>
public sealed class TaskTimingCsvReader(StaffKeyHasher hasher, KpiMapping? mapping = null)
{
    public KpiReading<TaskTiming> Read(string path) => KpiCsv.Read(path, KpiKind.Timing, mapping, hasher, row => new TaskTiming
    {
        Task = row.Text("task") ?? string.Empty,
        Category = row.Text("category") ?? string.Empty,
        Use = row.Use("use"),
        Staff = row.StaffKey("staff") ?? string.Empty,
        MinutesWithout = row.Minutes("minutes_without") ?? 0,
        MinutesWith = row.Minutes("minutes_with") ?? 0,
        Date = row.Date("date"),
        Line = row.Line,
    });
}
