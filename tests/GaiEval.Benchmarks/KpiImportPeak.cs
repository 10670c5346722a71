namespace GaiEval.Benchmarks;

using System.Diagnostics;
using System.Globalization;
using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Import;
using GaiEval.Storage;

/// <summary>
/// One import of a generated usage log in this process, end to end, for the figures BenchmarkDotNet does not give: wall
/// time, CPU time (which a busy machine does not inflate as it does wall time), and the process's peak working set (which
/// includes the runtime and SQLite's page cache, not only allocations).
/// </summary>
public static class KpiImportPeak
{
    public const string Switch = "kpi-import-peak";

    public static async Task<long> ImportAsync(string database, string log, KpiImportFile file, StaffKeyHasher hasher)
    {
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(database);
        StoredKpiImport stored = await store.ImportUsageAsync(file, new UsageLogCsvReader(hasher).Read(log));
        return stored.Rows;
    }

    public static void DeleteDatabase(string database)
    {
        foreach (string path in new[] { database, database + "-wal", database + "-shm", database + "-journal" })
        {
            File.Delete(path);
        }
    }

    /// <summary>Generates the log (not timed), imports it once and prints rows, seconds, peak working set and allocations.</summary>
    public static async Task<int> RunAsync(int rows)
    {
        string folder = Directory.CreateTempSubdirectory("gaieval-kpi-peak-").FullName;
        try
        {
            string log = Path.Combine(folder, "usage-log.csv");
            UsageLogGenerator.Write(log, rows);
            var hasher = new StaffKeyHasher(StaffKeySecret.LoadOrCreate(Path.Combine(folder, "staff-key.secret")));
            var file = new KpiImportFile(KpiKind.Usage, Path.GetFileName(log), KpiFileHash.Of(log), null);
            GC.Collect();
            using var process = Process.GetCurrentProcess();
            process.Refresh();
            long before = process.PeakWorkingSet64;
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            TimeSpan cpuBefore = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            long stored = await ImportAsync(Path.Combine(folder, "kpi.db"), log, file, hasher);
            watch.Stop();
            process.Refresh();
            double cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            FormattableString line = $"rows={stored} log_mb={new FileInfo(log).Length / 1e6:0.0} seconds={watch.Elapsed.TotalSeconds:0.00} cpu_seconds={cpu:0.00} peak_working_set_mb={process.PeakWorkingSet64 / 1048576.0:0.0} peak_before_import_mb={before / 1048576.0:0.0} allocated_mb={(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1048576.0:0.0}";
            Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
