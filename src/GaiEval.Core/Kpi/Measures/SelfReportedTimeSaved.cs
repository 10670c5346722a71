namespace GaiEval.Core.Kpi.Measures;

using System.Globalization;
using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Statistics;

/// <summary>
/// 削減業務時間 (a), self-reported: minutes saved per use × uses per week per respondent, post-stratified to eligible
/// staff by department (each department's mean × its eligible headcount), in hours per month; interval by a bootstrap
/// resampling respondents within departments. Never merged with the measured or gold-set estimates.
/// </summary>
public static class SelfReportedTimeSaved
{
    public static IReadOnlyList<WaveSelfReportedTime> Measure(
        IReadOnlyList<SurveyResponse> responses, IReadOnlyDictionary<string, int> eligible, TimeSavedAssumptions? assumptions = null)
    {
        TimeSavedAssumptions given = assumptions ?? new TimeSavedAssumptions();
        return [.. responses.GroupBy(r => r.Wave, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Wave(g.Key, [.. g], eligible, given))];
    }

    /// <summary>Minutes saved per week of one respondent; null when it cannot be told.</summary>
    public static double? MinutesPerWeek(SurveyResponse response, BandPoint point) => response.Used switch
    {
        false => 0,
        true when response.MinutesSavedPerUse is Band minutes && response.UsesPerWeek is Band uses =>
            BandReading.Value(minutes, point) * BandReading.Value(uses, point),
        _ => null,
    };

    public static string Method(TimeSavedAssumptions assumptions) =>
        $"自己申告: 1回あたり削減時間 × 週あたり利用回数（{BandReading.Describe(assumptions.BandPoint)}）、利用していない回答者は0分; "
        + "部署ごとの回答者平均 × 対象職員数（事後層化、回答者のいない部署は外挿しない）; "
        + $"月換算 = 週 × {WeeksPerMonthText(assumptions.WeeksPerMonth)}; "
        + "区間は部署内で回答者を再標本化した bootstrap";

    private static string WeeksPerMonthText(double weeksPerMonth) =>
        weeksPerMonth == TimeSavedAssumptions.DefaultWeeksPerMonth ? "52/12" : weeksPerMonth.ToString("0.####", CultureInfo.InvariantCulture);

    private static WaveSelfReportedTime Wave(
        string wave, IReadOnlyList<SurveyResponse> responses, IReadOnlyDictionary<string, int> eligible, TimeSavedAssumptions assumptions)
    {
        List<(string Department, double Minutes)> values = [.. responses
            .Select(r => (Department: DepartmentLabel.Of(r.Department), Minutes: MinutesPerWeek(r, assumptions.BandPoint)))
            .Where(x => x.Minutes is not null)
            .Select(x => (x.Department, x.Minutes!.Value))];
        List<IGrouping<string, double>> strata = [.. values.Where(v => eligible.ContainsKey(v.Department))
            .GroupBy(v => v.Department, v => v.Minutes, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)];
        double hoursPerMinuteWeek = assumptions.WeeksPerMonth / 60;
        string method = Method(assumptions);
        StratifiedTotal? total = StratifiedBootstrap.Total(
            [.. strata.Select(g => (IReadOnlyList<double>)[.. g])],
            [.. strata.Select(g => eligible[g.Key] * hoursPerMinuteWeek)],
            seed: assumptions.Seed);
        List<DepartmentTimeSaved> departments = total is null ? [] : [.. strata.Select((g, k) => new DepartmentTimeSaved(
            g.Key,
            eligible[g.Key],
            total.Means[k],
            Scale(total.Means[k], eligible[g.Key] * hoursPerMinuteWeek)))];
        Estimate? hours = total is null ? null : total.Total with { Method = $"{method}; {total.Total.Method}" };
        return new WaveSelfReportedTime(
            wave,
            responses.Count(r => r.Used == true && MinutesPerWeek(r, assumptions.BandPoint) is not null),
            responses.Count(r => r.Used == false),
            responses.Count(r => r.Used == true && MinutesPerWeek(r, assumptions.BandPoint) is null),
            responses.Count(r => r.Used is null),
            Bootstrap.MeanOf([.. values.Select(v => v.Minutes)], seed: assumptions.Seed),
            departments,
            [.. eligible.Keys.Where(d => eligible[d] > 0 && strata.All(g => g.Key != d)).Order(StringComparer.Ordinal)],
            [.. values.Select(v => v.Department).Where(d => !eligible.ContainsKey(d)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            hours,
            hours is not null && assumptions.HourlyCost is double cost ? PersonnelCost.Of(hours, cost, assumptions.Currency) : null,
            SatisfactionMeasure.ResponseRate(responses, eligible),
            method);
    }

    private static Estimate Scale(Estimate mean, double factor) =>
        new(mean.Value * factor, mean.Low * factor, mean.High * factor, mean.N, mean.Method);
}
