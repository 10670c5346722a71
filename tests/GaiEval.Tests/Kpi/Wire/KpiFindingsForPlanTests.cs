namespace GaiEval.Tests.Kpi.Wire;

using GaiEval.Cli.Inputs;
using GaiEval.Core.Inputs;
using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Import;
using GaiEval.Core.Kpi.Measures;
using GaiEval.Core.Plans;
using GaiEval.Storage;
using GaiEval.Tests.Storage;
using GaiEval.Tests.Support;

/// <summary>The plan's KPI files imported into a real SQLite file and their figures computed (see <see cref="KpiPlanFiles"/> for the hand-worked values).</summary>
public sealed class KpiFindingsForPlanTests : IAsyncLifetime
{
    private readonly TempFolder folder = new();
    private SqliteResultStore store = null!;

    private string Database => folder.File("kpi.db");

    public async Task InitializeAsync() => store = await SqliteResultStore.OpenAsync(Database);

    public async Task DisposeAsync()
    {
        await store.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task Imports_the_plans_files_and_computes_their_kpis_with_its_eligible_staff_prices_and_assumptions()
    {
        EvalPlan plan = KpiPlanFiles.Plan(KpiPlanFiles.Settings(folder) with { BandPoint = BandPoint.Midpoint });
        var log = new StringWriter();

        KpiFindings findings = (await KpiFindingsForPlan.LoadAsync(store, Database, plan, log, CancellationToken.None))!;

        Assert.Equal(
            [
                "KPI: survey.csv を取り込みました（3件）",
                "KPI: usage-log.csv を取り込みました（5件、うち評価ハーネス自身の呼び出し 1件は利用者に数えません）",
                "KPI: timings.csv を取り込みました（2件）",
            ],
            Lines(log));
        Assert.Equal(["survey.csv", "usage-log.csv", "timings.csv"], findings.Sources.Select(s => s.FileName));
        Assert.Equal(KpiPlanFiles.PlatformId, findings.Provider);
        Assert.Equal((3, 2.0 / 3), (findings.LatestSatisfaction!.Users.N, findings.LatestSatisfaction.Users.TopTwo.Value!.Value));
        Assert.Equal(("2026-10", 3), (findings.LastMonth!.Month, findings.LastMonth.ActiveUsers));
        Assert.Equal(0.375, findings.LastMonth.Share.Total.Rate!.Value);
        Assert.Equal(1, findings.Users!.HarnessRows);
        TokenTotals tokens = findings.Tokens!.Overall;
        Assert.Equal((4, 10_000L, 5_000L), (tokens.Requests, tokens.Input, tokens.Output));
        Assert.Equal(3.0, tokens.Cost!.Value, 9);
        Assert.Equal("円", findings.Tokens.Currency);
        Assert.Equal(12.5, findings.MeasuredTime!.Overall!.Value!.Value, 9);
        Assert.Equal((BandPoint.Midpoint, 4000.0, "円"), (findings.Assumptions.BandPoint, findings.Assumptions.HourlyCost!.Value, findings.Assumptions.Currency));
    }

    [Fact]
    public async Task A_run_pinned_to_its_imports_reads_them_after_the_file_changed_and_says_so()
    {
        EvalPlan plan = KpiPlanFiles.Plan(KpiPlanFiles.Settings(folder));
        EvalPlan pinned = KpiFindingsForPlan.Pinned(plan, await KpiFindingsForPlan.ImportAsync(store, Database, plan.Kpi!, TextWriter.Null, CancellationToken.None));
        string survey = pinned.Kpi!.Sources[0].File;
        File.AppendAllText(survey, "2026-10,E9004,区民課,yes,1\n");
        var log = new StringWriter();

        KpiFindings findings = (await KpiFindingsForPlan.LoadAsync(store, Database, pinned, log, CancellationToken.None))!;

        Assert.All(pinned.Kpi.Sources, s => Assert.Matches("^[0-9a-f]{64}$", s.ContentHash!));
        Assert.Equal((3, 2.0 / 3), (findings.LatestSatisfaction!.Users.N, findings.LatestSatisfaction.Users.TopTwo.Value!.Value));
        Assert.StartsWith("KPI: survey.csv は実行の開始時から変わっているか見つかりません。", Lines(log)[0], StringComparison.Ordinal);
        Assert.Equal("KPI: timings.csv 取り込み済み（2件）", Lines(log)[2]);
        Assert.Equal(3L, await RawDatabase.ScalarAsync<long>(Database, "SELECT count(*) FROM kpi_imports"));
    }

    [Fact]
    public async Task A_run_whose_import_is_gone_and_whose_file_changed_cannot_be_reproduced()
    {
        EvalPlan plan = KpiPlanFiles.Plan(KpiPlanFiles.Settings(folder));
        EvalPlan pinned = KpiFindingsForPlan.Pinned(plan, await KpiFindingsForPlan.ImportAsync(store, Database, plan.Kpi!, TextWriter.Null, CancellationToken.None));
        File.AppendAllText(pinned.Kpi!.Sources[0].File, "2026-10,E9004,区民課,yes,1\n");
        await using SqliteResultStore other = await SqliteResultStore.OpenAsync(folder.File("other.db"));

        InputException error = await Assert.ThrowsAsync<InputException>(
            () => KpiFindingsForPlan.LoadAsync(other, folder.File("other.db"), pinned, TextWriter.Null, CancellationToken.None));

        Assert.Contains("この実行の実利用KPIは再現できません", Assert.Single(error.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loading_again_stores_nothing_twice_and_says_the_files_are_already_stored()
    {
        EvalPlan plan = KpiPlanFiles.Plan(KpiPlanFiles.Settings(folder));
        KpiFindings first = (await KpiFindingsForPlan.LoadAsync(store, Database, plan, TextWriter.Null, CancellationToken.None))!;
        var log = new StringWriter();

        KpiFindings second = (await KpiFindingsForPlan.LoadAsync(store, Database, plan, log, CancellationToken.None))!;

        Assert.Equal(
            [
                "KPI: survey.csv 取り込み済み（3件）",
                "KPI: usage-log.csv 取り込み済み（5件、うち評価ハーネス自身の呼び出し 1件は利用者に数えません）",
                "KPI: timings.csv 取り込み済み（2件）",
            ],
            Lines(log));
        Assert.Equal(first.Sources.Select(s => s.ImportId), second.Sources.Select(s => s.ImportId));
        Assert.Equal(3L, await RawDatabase.ScalarAsync<long>(Database, "SELECT count(*) FROM kpi_imports"));
        Assert.Equal(3L, await RawDatabase.ScalarAsync<long>(Database, "SELECT count(*) FROM kpi_survey_responses"));
        Assert.Equal(5L, await RawDatabase.ScalarAsync<long>(Database, "SELECT count(*) FROM kpi_usage_events"));
        Assert.Equal(2L, await RawDatabase.ScalarAsync<long>(Database, "SELECT count(*) FROM kpi_task_timings"));
        Assert.Equal(3, second.LastMonth!.ActiveUsers);
    }

    [Fact]
    public async Task Uses_only_the_plans_own_imports_not_other_files_stored_in_the_database()
    {
        string other = folder.Write("other/survey-2025.csv", "wave,respondent,department,used,satisfaction\n2026-10,E8001,総務課,yes,1\n2026-10,E8002,総務課,yes,1\n");
        await new KpiImporter(store, Database).ImportAsync(KpiKind.Survey, other, mapping: null, CancellationToken.None);

        KpiFindings findings = (await KpiFindingsForPlan.LoadAsync(store, Database, KpiPlanFiles.Plan(KpiPlanFiles.Settings(folder)), TextWriter.Null, CancellationToken.None))!;

        Assert.DoesNotContain(findings.Sources, s => s.FileName == "survey-2025.csv");
        Assert.Equal((3, 2.0 / 3), (findings.LatestSatisfaction!.Users.N, findings.LatestSatisfaction.Users.TopTwo.Value!.Value));
    }

    [Fact]
    public async Task Reads_only_the_plans_period_in_jst_days()
    {
        EvalPlan plan = KpiPlanFiles.Plan(KpiPlanFiles.Settings(folder) with { From = new DateOnly(2026, 10, 3), To = new DateOnly(2026, 10, 31) });

        KpiFindings findings = (await KpiFindingsForPlan.LoadAsync(store, Database, plan, TextWriter.Null, CancellationToken.None))!;

        Assert.Equal(2, findings.LastMonth!.ActiveUsers);
        Assert.Equal(7_000L, findings.Tokens!.Overall.Input);
        Assert.Equal(new DateOnly(2026, 10, 3), findings.Selection.From);
    }

    [Fact]
    public async Task A_file_with_a_bad_row_is_reported_with_file_line_and_column_and_no_file_of_the_plan_is_stored()
    {
        KpiSettings settings = KpiPlanFiles.Settings(folder);
        string bad = folder.Write("kpi/survey.csv", "wave,respondent,department,used,satisfaction\n2026-10,E9001,総務課,yes,5\n2026-10,E9002,総務課,yes,7\n");

        var error = await Assert.ThrowsAsync<InputException>(() =>
            KpiFindingsForPlan.LoadAsync(store, Database, KpiPlanFiles.Plan(settings), TextWriter.Null, CancellationToken.None));

        InputError only = Assert.Single(error.Errors);
        Assert.Equal((bad, 3, "satisfaction"), (only.File, only.Line, only.Field));
        Assert.Equal(0L, await RawDatabase.ScalarAsync<long>(Database, "SELECT count(*) FROM kpi_survey_responses"));
        // The plan's good files (the usage log and the timings) are not stored either: the plan's files go in together or not at all.
        Assert.Equal(0L, await RawDatabase.ScalarAsync<long>(Database, "SELECT count(*) FROM kpi_imports"));
    }

    [Fact]
    public async Task A_plan_without_a_kpi_block_has_no_kpis_and_imports_nothing()
    {
        Assert.Null(await KpiFindingsForPlan.LoadAsync(store, Database, KpiPlanFiles.Plan(kpi: null), TextWriter.Null, CancellationToken.None));
        Assert.Equal(0L, await RawDatabase.ScalarAsync<long>(Database, "SELECT count(*) FROM kpi_imports"));
    }

    [Fact]
    public void Token_prices_stay_in_the_pricing_currency_without_a_rate_and_a_fixed_fee_platform_is_not_costed_by_token()
    {
        EvalPlan noRate = KpiPlanFiles.Plan(new KpiSettings { Provider = KpiPlanFiles.PlatformId }) with
        {
            Economics = new Economics { Currency = "EUR" },
        };
        EvalPlan yen = KpiPlanFiles.Plan(
            new KpiSettings { Provider = KpiPlanFiles.PlatformId },
            KpiPlanFiles.Platform(new Pricing { Currency = "JPY", InputPer1M = 30, OutputPer1M = 120 }));
        EvalPlan fixedFee = KpiPlanFiles.Plan(
            new KpiSettings { Provider = KpiPlanFiles.PlatformId },
            KpiPlanFiles.Platform(new Pricing { Currency = "JPY", MonthlyFixed = 300_000 }));
        EvalPlan noProvider = KpiPlanFiles.Plan(new KpiSettings());

        Assert.Equal(new UsageTokenPrices(1, 2, "USD"), KpiFindingsForPlan.Inputs(noRate, null).Prices);
        Assert.Null(KpiFindingsForPlan.Inputs(noRate, null).Assumptions.HourlyCost);
        Assert.Equal("EUR", KpiFindingsForPlan.Inputs(noRate, null).Assumptions.Currency);
        Assert.Equal(new UsageTokenPrices(30, 120, "円"), KpiFindingsForPlan.Inputs(yen, null).Prices);
        Assert.Null(KpiFindingsForPlan.Inputs(fixedFee, null).Prices);
        Assert.Null(KpiFindingsForPlan.Inputs(noProvider, null).Prices);
    }

    private static string[] Lines(StringWriter log) => log.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
}
