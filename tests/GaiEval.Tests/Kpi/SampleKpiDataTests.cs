namespace GaiEval.Tests.Kpi;

using System.Globalization;
using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Import;
using GaiEval.Core.Kpi.Measures;
using GaiEval.Tests.Support;

/// <summary>
/// The sample ward's invented PoC data (testsets/sample-ward/kpi) read through the KPI readers with its own mappings, and
/// the KPIs computed from it. The expected figures come from the generator's independent check of the files (its
/// README), not from this code.
/// </summary>
public sealed class SampleKpiDataTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly StaffKeyHasher hasher;

    public SampleKpiDataTests()
    {
        hasher = new StaffKeyHasher(StaffKeySecret.LoadOrCreate(folder.File("staff-key.secret")));
    }

    public void Dispose() => folder.Dispose();

    private static string Kpi(string file) => Path.Combine(RepositoryPaths.Root(), "testsets", "sample-ward", "kpi", file);

    [Fact]
    public void The_survey_reads_without_error_and_its_two_waves_score_as_the_generator_checked()
    {
        IReadOnlyList<SurveyResponse> survey = new SurveyCsvReader(hasher, KpiMappingReader.Load(Kpi("survey-mapping.yaml")))
            .Read(Kpi("survey.csv")).ToListOrThrow();

        Assert.Equal(312, survey.Count);
        SatisfactionResult satisfaction = SatisfactionMeasure.Measure(survey, EligibleStaff());
        Assert.Equal(["2026-10", "2026-12"], satisfaction.Waves.Select(w => w.Wave));
        WaveSatisfaction first = satisfaction.Waves[0];
        WaveSatisfaction second = satisfaction.Waves[1];
        Assert.Equal((94, 0.553), (first.Users.N, Math.Round(first.Users.TopTwo.Value!.Value, 3)));
        Assert.Equal(3.53, Math.Round(first.Users.Mean!.Value!.Value, 2));
        Assert.Equal((141, 0.752), (second.Users.N, Math.Round(second.Users.TopTwo.Value!.Value, 3)));
        Assert.Equal(3.94, Math.Round(second.Users.Mean!.Value!.Value, 2));

        // No raw staff number (E + five digits in the export) survives the import.
        Assert.DoesNotContain(survey, r => r.Respondent.StartsWith('E'));
        Assert.All(survey, r => Assert.StartsWith(StaffKeyHasher.Prefix, r.Respondent, StringComparison.Ordinal));
    }

    [Fact]
    public void The_usage_log_reads_without_error_keeps_harness_traffic_apart_and_gives_the_monthly_active_users()
    {
        IReadOnlyList<UsageEvent> log = new UsageLogCsvReader(hasher, KpiMappingReader.Load(Kpi("usage-mapping.yaml")))
            .Read(Kpi("usage-log.csv")).ToListOrThrow();

        Assert.Equal(19598, log.Count);
        UsersResult users = UsersMeasure.Measure(log, EligibleStaff());
        Assert.Equal(360, users.HarnessRows);
        Assert.Equal([("2026-10", 195), ("2026-11", 299), ("2026-12", 352)], users.Months.Select(m => (m.Month, m.ActiveUsers)));
    }

    [Fact]
    public void The_timing_sheets_read_without_error_and_save_time_on_average()
    {
        IReadOnlyList<TaskTiming> timings = new TaskTimingCsvReader(hasher, KpiMappingReader.Load(Kpi("timings-mapping.yaml")))
            .Read(Kpi("timings.csv")).ToListOrThrow();

        Assert.Equal(60, timings.Count);
        Assert.Equal(12, timings.Select(t => t.Category).Distinct().Count());
        MeasuredTimeSavedResult saved = MeasuredTimeSaved.Measure(timings);
        Assert.Equal(25.7, Math.Round(saved.Overall!.Value!.Value, 1));
        Assert.True(saved.Overall.Low > 0, "the measured saving's interval lies above zero");
    }

    private static Dictionary<string, int> EligibleStaff() =>
        File.ReadLines(Kpi("eligible-staff.csv"))
            .Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split(','))
            .ToDictionary(cells => cells[0], cells => int.Parse(cells[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);
}
