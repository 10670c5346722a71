namespace GaiEval.Tests.Kpi.Store;

using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Import;

public sealed class KpiImportPeriodTests
{
    [Theory]
    [InlineData("2026-10", "2026-11", "2026-11", "2026-12", true)]
    [InlineData("2026-10", "2026-10", "2026-11", "2026-12", false)]
    [InlineData("2026-11-02", "2026-11-30", "2026-11-10", "2026-11-12", true)]
    [InlineData("2026-12-01", "2026-12-31", "2026-11-01", "2026-11-30", false)]
    public void Periods_overlap_when_they_share_a_wave_or_a_day(string fromA, string toA, string fromB, string toB, bool overlap)
    {
        StoredKpiImport a = Import(1, KpiKind.Timing, fromA, toA);
        StoredKpiImport b = Import(2, KpiKind.Timing, fromB, toB);

        Assert.Equal(overlap, a.Overlaps(b));
        Assert.Equal(overlap, b.Overlaps(a));
        Assert.False(a.Overlaps(a));
        Assert.False(a.Overlaps(b with { Kind = KpiKind.Survey }));
        Assert.False(a.Overlaps(b with { PeriodFrom = null, PeriodTo = null }));
    }

    private static StoredKpiImport Import(long id, KpiKind kind, string from, string to) => new()
    {
        ImportId = id,
        Kind = kind,
        FileName = $"{id}.csv",
        ContentHash = $"{id}",
        Rows = 1,
        HarnessRows = 0,
        PeriodFrom = from,
        PeriodTo = to,
        ImportedAt = DateTimeOffset.UnixEpoch,
    };
}
