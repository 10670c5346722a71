namespace GaiEval.Core.Kpi.Findings;

using System.Globalization;
using GaiEval.Core.Kpi.Measures;

/// <summary>Computes <see cref="KpiFindings"/> from records already read, keeping only those in the selection's period.</summary>
public static class KpiFindingsBuilder
{
    public static KpiFindings Build(
        IReadOnlyList<StoredKpiImport> sources,
        IReadOnlyList<SurveyResponse> survey,
        IReadOnlyList<UsageEvent> usage,
        IReadOnlyList<TaskTiming> timings,
        KpiFindingsInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        KpiSelection selection = inputs.Selection;
        var notes = new List<string>();
        List<SurveyResponse> responses = [.. survey.Where(r => WaveInPeriod(r.Wave, selection))];
        List<string> undated = [.. responses.Select(r => r.Wave).Distinct(StringComparer.Ordinal).Where(w => WaveDays(w) is null)];
        if (undated.Count > 0 && (selection.From is not null || selection.To is not null))
        {
            notes.Add($"日付として読めない回次（{string.Join("、", undated)}）は期間で絞り込まずに含めています。");
        }

        List<UsageEvent> events = [.. usage.Where(e => selection.Contains(JstCalendar.Day(e.Timestamp)))];
        List<TaskTiming> observations = [.. timings.Where(t => t.Date is not { } day || selection.Contains(day))];
        IReadOnlyDictionary<string, int> eligible = inputs.EligibleStaff;
        if (eligible.Count == 0)
        {
            notes.Add("対象職員数（部署ごと）が与えられていないため、利用者割合・回答率・全職員への換算は測定していません。");
        }

        UsersResult? users = events.Count == 0 ? null : UsersMeasure.Measure(events, eligible);
        DateOnly? lastUsageDay = users is { Rows: > 0 } ? events.Where(e => !e.FromHarness).Max(e => JstCalendar.Day(e.Timestamp)) : null;
        if (lastUsageDay is { } last && KpiFindings.EndsEarlyInMonth(last))
        {
            notes.Add(PartialLastMonth(last, selection));
        }

        SatisfactionResult? satisfaction = responses.Count == 0 ? null : SatisfactionMeasure.Measure(responses, eligible, inputs.Assumptions.Seed);
        FeedbackResult? feedback = events.Any(e => !e.FromHarness && e.Feedback is not null) ? FeedbackMeasure.Measure(events) : null;
        return new KpiFindings
        {
            Selection = selection,
            Sources = sources,
            EligibleStaff = eligible,
            Provider = inputs.Provider,
            Assumptions = inputs.Assumptions,
            Satisfaction = satisfaction,
            SelfReportedUse = responses.Count == 0 ? [] : UsersMeasure.SelfReported(responses),
            Users = users,
            Tokens = events.Count == 0 ? null : TokensMeasure.Measure(events, inputs.Prices),
            Feedback = feedback,
            SelfReportedTime = responses.Count == 0 ? [] : SelfReportedTimeSaved.Measure(responses, eligible, inputs.Assumptions),
            MeasuredTime = observations.Count == 0 ? null : MeasuredTimeSaved.Measure(observations, inputs.Assumptions.Seed),
            Trend = TrendMeasure.Of(satisfaction, users),
            LastUsageDay = lastUsageDay,
            Notes = notes,
        };
    }

    /// <summary>The first and last day a wave names (2026-10: the month; 2026-10-15: that day); null when it names no date.</summary>
    public static (DateOnly First, DateOnly Last)? WaveDays(string wave)
    {
        string text = wave.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly day))
        {
            return (day, day);
        }

        return DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly month)
            ? (month, month.AddMonths(1).AddDays(-1))
            : null;
    }

    private static bool WaveInPeriod(string wave, KpiSelection selection) =>
        WaveDays(wave) is not { } days || selection.Touches(days.First, days.Last);

    /// <summary>The note for a last month the log covers only in part (<see cref="KpiFindings.EndsEarlyInMonth"/>).</summary>
    private static string PartialLastMonth(DateOnly last, KpiSelection selection)
    {
        DateOnly monthEnd = new DateOnly(last.Year, last.Month, 1).AddMonths(1).AddDays(-1);
        string cause = selection.To is { } to && to < monthEnd ? "期間の終わり" : "ログの最終日";
        return $"最後の月（{JstCalendar.MonthOf(last)}）は{cause} {last:yyyy-MM-dd} までのデータです。月間アクティブ利用者と利用者割合は月の一部だけを数えています。";
    }
}
