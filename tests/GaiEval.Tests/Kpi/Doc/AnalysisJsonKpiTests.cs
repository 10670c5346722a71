namespace GaiEval.Tests.Kpi.Doc;

using System.Text.Json;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Json;
using GaiEval.Tests.Reporting.Decision;
using GaiEval.Tests.Support;

public sealed class AnalysisJsonKpiTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Carries_satisfaction_per_wave_with_non_users_counted_and_their_reasons_left_out()
    {
        string json = await RenderAsync(HandMadeKpis.All());

        using JsonDocument document = JsonDocument.Parse(json);
        JsonElement wave = Kpis(document).GetProperty("satisfaction")[0];
        Assert.Equal("2026-10", wave.GetProperty("wave").GetString());
        Assert.Equal(6, wave.GetProperty("respondents").GetInt32());
        Assert.Equal([0, 1, 0, 1, 1], wave.GetProperty("users").GetProperty("distribution").EnumerateArray().Select(e => e.GetInt32()));
        AssertEstimate(wave.GetProperty("users").GetProperty("top_two"), 2.0 / 3, 3, "Wilson");
        AssertEstimate(wave.GetProperty("users").GetProperty("mean"), 11.0 / 3, 3, "bootstrap");
        AssertEstimate(wave.GetProperty("nps"), 0, 3, "NPS");
        AssertEstimate(wave.GetProperty("response_rate").GetProperty("total").GetProperty("rate"), 0.3, 6, "回答率");
        JsonElement nonUsers = wave.GetProperty("non_users");
        Assert.Equal((1, 1, 1), (nonUsers.GetProperty("not_used").GetInt32(), nonUsers.GetProperty("use_unknown").GetInt32(), nonUsers.GetProperty("reasons").GetInt32()));
        Assert.DoesNotContain("時間がない", json, StringComparison.Ordinal);
        AssertEstimate(Kpis(document).GetProperty("self_reported_use")[0].GetProperty("share"), 0.8, 5, "自己申告");
    }

    [Fact]
    public async Task Carries_users_tokens_time_saved_and_feedback_with_harness_rows_apart()
    {
        using JsonDocument document = JsonDocument.Parse(await RenderAsync(HandMadeKpis.All()));
        JsonElement kpis = Kpis(document);

        JsonElement users = kpis.GetProperty("users");
        Assert.Equal((10, 2), (users.GetProperty("rows").GetInt32(), users.GetProperty("harness_rows").GetInt32()));
        Assert.Equal([3, 4], users.GetProperty("months").EnumerateArray().Select(m => m.GetProperty("active_users").GetInt32()));
        AssertEstimate(users.GetProperty("months")[1].GetProperty("share").GetProperty("total").GetProperty("rate"), 0.15, 3, "利用者割合");
        AssertEstimate(users.GetProperty("months")[0].GetProperty("stickiness"), 0.25, 3, "定着度");
        JsonElement funnel = users.GetProperty("funnel");
        Assert.Equal(
            (20, 4, 3, 1, 1),
            (funnel.GetProperty("eligible").GetInt32(), funnel.GetProperty("ever_used").GetInt32(), funnel.GetProperty("active_last_month").GetInt32(),
                funnel.GetProperty("habitual").GetInt32(), funnel.GetProperty("unknown_department_users").GetInt32()));
        AssertEstimate(users.GetProperty("retention")[0].GetProperty("retained"), 2.0 / 3, 3, "Wilson");

        JsonElement tokens = kpis.GetProperty("tokens");
        Assert.Equal(2, tokens.GetProperty("harness_rows").GetInt32());
        Assert.Equal("円", tokens.GetProperty("currency").GetString());
        JsonElement november = tokens.GetProperty("by_month")[1].GetProperty("totals");
        Assert.Equal((7, 60_000L, 35_000L, 6), (november.GetProperty("requests").GetInt32(), november.GetProperty("input").GetInt64(), november.GetProperty("output").GetInt64(), november.GetProperty("input_n").GetInt32()));
        Assert.Equal(130, november.GetProperty("cost").GetDouble(), 9);
        Assert.Equal(4, tokens.GetProperty("input_per_user").GetProperty("n").GetInt32());

        JsonElement selfReported = kpis.GetProperty("time_saved").GetProperty("self_reported")[0];
        AssertEstimate(selfReported.GetProperty("hours_per_month"), 400.0 * 52 / 720, 4, "帯は下限で換算");
        AssertEstimate(selfReported.GetProperty("personnel_cost"), 400.0 * 52 / 720 * 3000, 4, "支出の削減ではない");
        Assert.Equal(["福祉課"], selfReported.GetProperty("not_extrapolated").EnumerateArray().Select(e => e.GetString()));
        JsonElement measured = kpis.GetProperty("time_saved").GetProperty("measured");
        AssertEstimate(measured.GetProperty("categories")[0].GetProperty("mean_minutes_saved"), 12, 3, "実測");
        AssertEstimate(measured.GetProperty("overall"), 10.5, 4, "実測");
        JsonElement assumptions = kpis.GetProperty("assumptions");
        Assert.Equal("lower-edge", assumptions.GetProperty("band_point").GetString());
        Assert.Equal(52.0 / 12, assumptions.GetProperty("weeks_per_month").GetDouble(), 12);
        Assert.Equal(3000, assumptions.GetProperty("hourly_cost").GetDouble());

        AssertEstimate(kpis.GetProperty("feedback").GetProperty("bad_share"), 1.0 / 3, 3, "ユーザーの評価");
        Assert.Equal(2, kpis.GetProperty("feedback").GetProperty("harness_rows").GetInt32());
        Assert.Equal(
            ["survey.csv", "usage-log.csv", "timings.csv"],
            kpis.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("file_name").GetString()));
        Assert.Equal(2, kpis.GetProperty("sources")[1].GetProperty("harness_rows").GetInt64());
        Assert.Contains("2026-11-23", Assert.Single(kpis.GetProperty("notes").EnumerateArray()).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_every_kpi_metric_with_its_estimate_and_every_estimate_has_method_and_n()
    {
        using JsonDocument document = JsonDocument.Parse(await RenderAsync(HandMadeKpis.All()));
        JsonElement kpis = Kpis(document);

        List<JsonElement> metrics = [.. kpis.GetProperty("metrics").EnumerateArray()];
        Assert.Equal(KpiMetrics.Names, metrics.Select(m => m.GetProperty("name").GetString()));
        Assert.All(metrics, m => Assert.False(m.TryGetProperty("why_not_measured", out _)));
        AssertEstimate(metrics.Single(m => m.GetProperty("name").GetString() == KpiMetrics.HabitualShare).GetProperty("estimate"), 0.05, 1, "定着");
        List<JsonElement> estimates = [.. Estimates(kpis)];
        // Fewer than before small groups were withheld: every department's self-reported minutes and tokens here rest on < 5 people.
        Assert.True(estimates.Count > 30, $"{estimates.Count} estimates");
        Assert.All(estimates, e =>
        {
            Assert.True(e.GetProperty("n").GetInt32() >= 0);
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("method").GetString()));
        });
    }

    [Fact]
    public async Task With_a_survey_and_no_log_the_log_kpis_are_left_out_and_say_why()
    {
        using JsonDocument document = JsonDocument.Parse(await RenderAsync(HandMadeKpis.SurveyOnly()));
        JsonElement kpis = Kpis(document);

        Assert.False(kpis.TryGetProperty("users", out _));
        Assert.False(kpis.TryGetProperty("tokens", out _));
        Assert.False(kpis.TryGetProperty("feedback", out _));
        Assert.False(kpis.GetProperty("time_saved").TryGetProperty("measured", out _));
        JsonElement activeShare = kpis.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("name").GetString() == KpiMetrics.ActiveShare);
        Assert.False(activeShare.TryGetProperty("estimate", out _));
        Assert.Equal("期間内の利用ログ（評価ハーネス以外）がない", activeShare.GetProperty("why_not_measured").GetString());
        Assert.Equal(1, kpis.GetProperty("self_reported_use").GetArrayLength());
    }

    [Fact]
    public async Task Without_kpis_the_document_has_none()
    {
        RunReport report = await PlannedRun.BuildAsync(folder, "お答えできません。");

        using JsonDocument document = JsonDocument.Parse(AnalysisJsonWriter.Render(report));

        Assert.False(document.RootElement.TryGetProperty("kpis", out _));
    }

    [Fact]
    public async Task Writes_no_staff_key_and_no_per_user_row()
    {
        string json = await RenderAsync(HandMadeKpis.All());

        Assert.All(HandMadeKpis.StaffKeys, key => Assert.DoesNotContain(key, json, StringComparison.Ordinal));
        Assert.DoesNotContain("\"respondent\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"user\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"staff\"", json, StringComparison.Ordinal);
    }

    private static JsonElement Kpis(JsonDocument document) => document.RootElement.GetProperty("kpis");

    private static void AssertEstimate(JsonElement estimate, double value, int n, string method)
    {
        Assert.Equal(value, estimate.GetProperty("value").GetDouble(), 9);
        Assert.Equal(n, estimate.GetProperty("n").GetInt32());
        Assert.True(estimate.GetProperty("low").GetDouble() <= value + 1e-9 && value - 1e-9 <= estimate.GetProperty("high").GetDouble());
        Assert.Contains(method, estimate.GetProperty("method").GetString(), StringComparison.Ordinal);
    }

    /// <summary>Every object shaped like an Estimate (it has low and high), anywhere below <paramref name="element"/>.</summary>
    private static IEnumerable<JsonElement> Estimates(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object when element.TryGetProperty("low", out _) && element.TryGetProperty("high", out _) => [element],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Estimates(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Estimates),
        _ => [],
    };

    private async Task<string> RenderAsync(KpiFindings kpi)
    {
        RunReport report = await PlannedRun.BuildAsync(folder, "お答えできません。");
        return AnalysisJsonWriter.Render(report with { Kpi = kpi });
    }
}
