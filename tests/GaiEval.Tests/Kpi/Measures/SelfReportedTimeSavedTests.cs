namespace GaiEval.Tests.Kpi.Measures;

using GaiEval.Core.Analysis;
using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Measures;

public sealed class SelfReportedTimeSavedTests
{
    private static readonly Dictionary<string, int> Eligible = new() { ["総務課"] = 10, ["税務課"] = 6, ["福祉課"] = 4 };

    private static readonly Band FifteenToThirty = new(15, 30, "15〜30分");
    private static readonly Band SixtyOrMore = new(60, null, "60分以上");
    private static readonly Band OnceOrTwice = new(1, 2, "週1〜2回");
    private static readonly Band ThreeToFive = new(3, 5, "週3〜5回");

    // Minutes per week, lower edge | midpoint:
    // s1 総務課 15〜30分 × 週3〜5回 = 15 × 3 = 45 | 22.5 × 4 = 90
    // s2 総務課 60分以上 × 週1〜2回 = 60 × 1 = 60 | 60 (open-ended: its lower edge) × 1.5 = 90
    // s3 総務課 did not use = 0 | 0
    // s4 税務課 10 min × 2 = 20 | 20 (plain numbers)
    // s5 税務課 user, minutes blank → left out; s6 税務課 "used" blank → left out
    // s7 企画課 (not in the map) 15 × 1 = 15 | 22.5 × 1.5 = 33.75, never extrapolated
    // 福祉課 has eligible staff and no respondent: not extrapolated.
    private static readonly SurveyResponse[] Responses =
    [
        Answer("s1", "総務課", true, FifteenToThirty, ThreeToFive),
        Answer("s2", "総務課", true, SixtyOrMore, OnceOrTwice),
        Answer("s3", "総務課", false, null, null),
        Answer("s4", "税務課", true, Band.Exact(10, "10"), Band.Exact(2, "2")),
        Answer("s5", "税務課", true, null, OnceOrTwice),
        Answer("s6", "税務課", null, FifteenToThirty, OnceOrTwice),
        Answer("s7", "企画課", true, FifteenToThirty, OnceOrTwice),
    ];

    [Fact]
    public void Reads_bands_at_their_lower_edge_by_default_and_scales_each_department_to_its_eligible_staff()
    {
        WaveSelfReportedTime wave = Assert.Single(SelfReportedTimeSaved.Measure(Responses, Eligible));

        // 総務課 mean (45 + 60 + 0) / 3 = 35 min/week × 10 = 350; 税務課 20 × 6 = 120; total 470 min/week.
        // Hours per month = minutes/week × 52/12 ÷ 60: 350 × 52 / 720 = 25.2777…, 120 × 52 / 720 = 8.6666…, 470 × 52 / 720 = 33.9444….
        Assert.Equal((4, 1, 1, 1), (wave.Answered, wave.NotUsed, wave.BlankBands, wave.UseUnknown));
        Assert.Equal(["税務課", "総務課"], wave.Departments.Select(d => d.Department));
        DepartmentTimeSaved tax = wave.Departments[0];
        DepartmentTimeSaved general = wave.Departments[1];
        Assert.Equal((35.0, 3), (general.MeanMinutesPerWeek.Value!.Value, general.MeanMinutesPerWeek.N));
        Assert.Equal(350.0 * 52 / 720, general.HoursPerMonth.Value!.Value, 9);
        Assert.Equal((20.0, 6), (tax.MeanMinutesPerWeek.Value!.Value, tax.Eligible));
        Assert.Equal(120.0 * 52 / 720, tax.HoursPerMonth.Value!.Value, 9);
        Assert.Equal(470.0 * 52 / 720, wave.HoursPerMonth!.Value!.Value, 9);

        // Over every respondent with a value, 企画課 included: (45 + 60 + 0 + 20 + 15) / 5 = 28.
        Assert.Equal(28, wave.MeanMinutesPerWeek!.Value!.Value, 12);
        Assert.Contains("帯は下限で換算", wave.Method, StringComparison.Ordinal);
        Assert.Contains("52/12", wave.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Midpoints_when_asked_with_an_open_band_at_its_lower_edge()
    {
        WaveSelfReportedTime wave = SelfReportedTimeSaved.Measure(Responses, Eligible, new TimeSavedAssumptions { BandPoint = BandPoint.Midpoint })[0];

        // 総務課 (90 + 90 + 0) / 3 = 60 × 10 = 600; 税務課 20 × 6 = 120; total 720 min/week × 52 / 720 = 52 hours per month.
        Assert.Equal(60, wave.Departments.Single(d => d.Department == "総務課").MeanMinutesPerWeek.Value!.Value, 12);
        Assert.Equal(52, wave.HoursPerMonth!.Value!.Value, 9);
        Assert.Contains("帯は中央値で換算（上限のない帯は下限）", wave.Method, StringComparison.Ordinal);
        Assert.Equal(90, SelfReportedTimeSaved.MinutesPerWeek(Responses[1], BandPoint.Midpoint));
        Assert.Equal(60, SelfReportedTimeSaved.MinutesPerWeek(Responses[1], BandPoint.LowerEdge));
    }

    [Fact]
    public void Lists_departments_it_does_not_extrapolate_and_shows_the_response_rate()
    {
        WaveSelfReportedTime wave = SelfReportedTimeSaved.Measure(Responses, Eligible)[0];

        // 福祉課: eligible, no respondent. 企画課: respondents, no denominator. Response 総務課 3/10, 税務課 3/6, 福祉課 0/4;
        // total 6/20.
        Assert.Equal(["福祉課"], wave.NotExtrapolated);
        Assert.Equal(["企画課"], wave.UnknownDepartments);
        Assert.Equal(0.3, wave.ResponseRate.Total.Rate!.Value!.Value, 12);
        Assert.Equal((0, 0.0), (wave.ResponseRate.Departments.Single(d => d.Department == "福祉課").Count, wave.ResponseRate.Departments.Single(d => d.Department == "福祉課").Rate!.Value!.Value));
    }

    [Fact]
    public void Personnel_cost_is_hours_times_the_hourly_cost_labelled_as_time_freed()
    {
        WaveSelfReportedTime wave = SelfReportedTimeSaved.Measure(Responses, Eligible, new TimeSavedAssumptions { HourlyCost = 3000 })[0];

        // 470 × 52 / 720 hours × 3000 円 = 101,833.33… 円; the interval scales with it.
        Estimate cost = wave.PersonnelCost!;
        Assert.Equal(470.0 * 52 / 720 * 3000, cost.Value!.Value, 6);
        Assert.Equal(wave.HoursPerMonth!.Low * 3000, cost.Low, 6);
        Assert.Equal(wave.HoursPerMonth.High * 3000, cost.High, 6);
        Assert.Contains("人件費換算", cost.Method, StringComparison.Ordinal);
        Assert.Contains("支出の削減ではない", cost.Method, StringComparison.Ordinal);
        Assert.Null(SelfReportedTimeSaved.Measure(Responses, Eligible)[0].PersonnelCost);
    }

    [Fact]
    public void The_stratified_interval_is_reproducible_and_holds_the_estimate()
    {
        WaveSelfReportedTime first = SelfReportedTimeSaved.Measure(Responses, Eligible)[0];
        WaveSelfReportedTime again = SelfReportedTimeSaved.Measure(Responses.Reverse().ToArray(), Eligible)[0];

        Estimate hours = first.HoursPerMonth!;
        Assert.Equal(hours, again.HoursPerMonth);
        Assert.True(hours.Low <= hours.Value && hours.Value <= hours.High, $"{hours.Low} {hours.Value} {hours.High}");
        Assert.True(hours.Low < hours.High);
        Assert.Contains("resampled within strata", hours.Method, StringComparison.Ordinal);

        // 税務課 has one value, so every resample gives 20: its interval is the point.
        Estimate tax = first.Departments[0].HoursPerMonth;
        Assert.Equal((tax.Value!.Value, tax.Value.Value), (tax.Low, tax.High));
    }

    [Fact]
    public void Nothing_to_scale_without_answers()
    {
        WaveSelfReportedTime wave = SelfReportedTimeSaved.Measure([Responses[4], Responses[5]], Eligible)[0];

        Assert.Null(wave.HoursPerMonth);
        Assert.Null(wave.MeanMinutesPerWeek);
        Assert.Empty(wave.Departments);
        Assert.Equal(["福祉課", "税務課", "総務課"], wave.NotExtrapolated);
    }

    private static SurveyResponse Answer(string respondent, string department, bool? used, Band? minutes, Band? uses) =>
        new() { Wave = "2026-10", Respondent = respondent, Department = department, Used = used, MinutesSavedPerUse = minutes, UsesPerWeek = uses };
}
