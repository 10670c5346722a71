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
        bool hasPeriod = selection.From is not null || selection.To is not null;
        var notes = new List<string>();
        notes.AddRange(OverlappingImports(sources));
        List<SurveyResponse> responses = [.. survey.Where(r => WaveInPeriod(r.Wave, selection))];
        List<string> waves = [.. responses.Select(r => r.Wave).Distinct(StringComparer.Ordinal)];
        List<string> undated = [.. waves.Where(w => WaveDays(w) is null)];
        if (undated.Count > 0 && hasPeriod)
        {
            notes.Add($"日付として読めない回次（{string.Join("、", undated)}）は期間で絞り込まずに含めています。");
        }

        Dictionary<string, int> waveOrder = WaveOrder(waves);
        if (undated.Count > 0 && waves.Count > 1)
        {
            notes.Add($"日付として読めない回次があるため、回次は文字列の順に並べ、最後の「{waveOrder.MaxBy(p => p.Value).Key}」を最新の回次としています。");
        }

        List<UsageEvent> events = [.. usage.Where(e => selection.Contains(JstCalendar.Day(e.Timestamp)))];
        List<TaskTiming> observations = [.. timings.Where(t => t.Date is not { } day || selection.Contains(day))];
        int undatedTimings = observations.Count(t => t.Date is null);
        if (undatedTimings > 0 && hasPeriod)
        {
            notes.Add($"日付のない業務時間の実測（{undatedTimings}件）は期間で絞り込まずに含めています。");
        }

        IReadOnlyDictionary<string, int> eligible = inputs.EligibleStaff;
        if (eligible.Count == 0)
        {
            notes.Add("対象職員数（部署ごと）が与えられていないため、利用者割合・回答率・全職員への換算は測定していません。");
        }

        UsersResult? users = events.Count == 0 ? null : UsersMeasure.Measure(events, eligible);
        bool realUse = users is { Rows: > 0 };
        List<DateOnly> usageDays = realUse ? [.. events.Where(e => !e.FromHarness).Select(e => JstCalendar.Day(e.Timestamp))] : [];
        DateOnly? lastUsageDay = realUse ? usageDays.Max() : null;
        if (lastUsageDay is { } last && KpiFindings.EndsEarlyInMonth(last))
        {
            notes.Add(PartialLastMonth(last, selection));
        }

        SatisfactionResult? satisfaction = responses.Count == 0 ? null : SatisfactionMeasure.Measure(responses, eligible, inputs.Assumptions.Seed);
        satisfaction = satisfaction is null ? null : satisfaction with { Waves = [.. satisfaction.Waves.OrderBy(w => waveOrder[w.Wave])] };
        FeedbackResult? feedback = realUse && events.Any(e => !e.FromHarness && e.Feedback is not null) ? FeedbackMeasure.Measure(events) : null;
        return new KpiFindings
        {
            Selection = selection,
            Sources = sources,
            EligibleStaff = eligible,
            Provider = inputs.Provider,
            Assumptions = inputs.Assumptions,
            Satisfaction = satisfaction,
            SelfReportedUse = responses.Count == 0 ? [] : [.. UsersMeasure.SelfReported(responses).OrderBy(w => waveOrder[w.Wave])],
            Users = users,
            Tokens = realUse ? TokensMeasure.Measure(events, inputs.Prices) : null,
            Feedback = feedback,
            SelfReportedTime = responses.Count == 0
                ? []
                : [.. SelfReportedTimeSaved.Measure(responses, eligible, inputs.Assumptions).OrderBy(w => waveOrder[w.Wave])],
            MeasuredTime = observations.Count == 0 ? null : MeasuredTimeSaved.Measure(observations, inputs.Assumptions.Seed),
            Trend = TrendMeasure.Of(satisfaction, users),
            FirstUsageDay = realUse ? usageDays.Min() : null,
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

    /// <summary>
    /// Each wave's place in time: by the days it names when every wave names a date, else in string order (the findings
    /// then say so), so that the last is the latest.
    /// </summary>
    private static Dictionary<string, int> WaveOrder(IReadOnlyList<string> waves)
    {
        IEnumerable<string> ordered = waves.All(w => WaveDays(w) is not null)
            ? waves.OrderBy(w => WaveDays(w)!.Value.First).ThenBy(w => WaveDays(w)!.Value.Last).ThenBy(w => w, StringComparer.Ordinal)
            : waves.Order(StringComparer.Ordinal);
        return ordered.Select((wave, rank) => (wave, rank)).ToDictionary(x => x.wave, x => x.rank, StringComparer.Ordinal);
    }

    /// <summary>A note for each two imports of the same kind whose periods overlap; both are kept (a month may be exported in parts).</summary>
    private static IEnumerable<string> OverlappingImports(IReadOnlyList<StoredKpiImport> sources) =>
        sources.SelectMany((a, i) => sources.Skip(i + 1).Where(a.Overlaps).Select(b =>
            $"取り込み {a.ImportId}（{a.FileName}）と {b.ImportId}（{b.FileName}）の期間が重なっています。同じデータを二重に取り込んだ場合は数値が過大です。"
            + "同じ月を分けて書き出した別々のデータなら問題ありません。"));

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
