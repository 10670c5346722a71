namespace GaiEval.Benchmarks;

using BenchmarkDotNet.Attributes;
using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Import;
using GaiEval.Storage;

/// <summary>
/// <c>gaieval kpi import usage</c>'s path without the console: a 1,000,000-row usage log (<see cref="UsageLogGenerator"/>,
/// written once) read by <see cref="UsageLogCsvReader"/>, staff keys hashed, stored by
/// <see cref="SqliteResultStore.ImportUsageAsync"/> into a fresh SQLite file each iteration. The target: under
/// 30 s and 200 MB. The peak working set is measured apart by <see cref="KpiImportPeak"/> (<c>-- kpi-import-peak</c>).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class KpiImportBenchmarks
{
    public const int Rows = 1_000_000;

    private string folder = null!;
    private string log = null!;
    private string database = null!;
    private StaffKeyHasher hasher = null!;
    private KpiImportFile file = null!;

    [GlobalSetup]
    public void Setup()
    {
        folder = Directory.CreateTempSubdirectory("gaieval-kpi-bench-").FullName;
        log = Path.Combine(folder, "usage-log.csv");
        UsageLogGenerator.Write(log, Rows);
        hasher = new StaffKeyHasher(StaffKeySecret.LoadOrCreate(Path.Combine(folder, "staff-key.secret")));
        file = new KpiImportFile(KpiKind.Usage, Path.GetFileName(log), KpiFileHash.Of(log), null);
    }

    [IterationSetup]
    public void NewDatabase() => database = Path.Combine(folder, $"kpi-{Guid.NewGuid():N}.db");

    [IterationCleanup]
    public void DeleteDatabase() => KpiImportPeak.DeleteDatabase(database);

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    [Benchmark(Description = "kpi import usage: 1,000,000 rows into a new SQLite file")]
    public Task<long> ImportUsageLog() => KpiImportPeak.ImportAsync(database, log, file, hasher);
}
