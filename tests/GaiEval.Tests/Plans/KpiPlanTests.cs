namespace GaiEval.Tests.Plans;

using System.Text;
using GaiEval.Core.Inputs;
using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Import;
using GaiEval.Core.Kpi.Measures;
using GaiEval.Core.Plans;

/// <summary>The plan's <c>kpi:</c> block: files, eligible staff (CSV or inline), period, band point and provider, each error with its line and field.</summary>
public sealed class KpiPlanTests : IDisposable
{
    private readonly PlanFolder folder = new();

    static KpiPlanTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public KpiPlanTests()
    {
        foreach (string file in new[] { "kpi/survey.csv", "kpi/survey.yaml", "kpi/usage.csv", "kpi/t1.csv", "kpi/t2.csv", "kpi/t2.yaml" })
        {
            folder.Write("placeholder\n", file);
        }
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Reads_every_key_with_paths_against_the_plan_folder_a_single_source_a_bare_path_and_a_list()
    {
        folder.Write("department,eligible\n総務課,50\n区民課,95\n", "kpi/eligible.csv");

        EvalPlan plan = folder.Load(PlanFolder.Minimal + """
            kpi:
              provider: p1
              eligible_staff: kpi/eligible.csv
              survey: { file: kpi/survey.csv, mapping: kpi/survey.yaml }
              usage: kpi/usage.csv
              timing:
                - { file: kpi/t1.csv }
                - { file: kpi/t2.csv, mapping: kpi/t2.yaml }
              from: 2026-10-01
              to: 2026-12-31
              band_point: midpoint

            """);

        KpiSettings kpi = plan.Kpi!;
        Assert.Equal("p1", kpi.Provider);
        Assert.Equal(new Dictionary<string, int> { ["総務課"] = 50, ["区民課"] = 95 }, kpi.EligibleStaff);
        Assert.Equal(folder.File("kpi/eligible.csv"), kpi.EligibleStaffFile);
        Assert.Equal(
            [
                new KpiSource(KpiKind.Survey, folder.File("kpi/survey.csv"), folder.File("kpi/survey.yaml")),
                new KpiSource(KpiKind.Usage, folder.File("kpi/usage.csv")),
                new KpiSource(KpiKind.Timing, folder.File("kpi/t1.csv")),
                new KpiSource(KpiKind.Timing, folder.File("kpi/t2.csv"), folder.File("kpi/t2.yaml")),
            ],
            kpi.Sources);
        Assert.Equal(new DateOnly(2026, 10, 1), kpi.From);
        Assert.Equal(new DateOnly(2026, 12, 31), kpi.To);
        Assert.Equal(BandPoint.Midpoint, kpi.BandPoint);
    }

    [Fact]
    public void Reads_eligible_staff_listed_in_the_plan_with_names_normalised_as_the_kpi_files_are()
    {
        EvalPlan plan = folder.Load(PlanFolder.Minimal + "kpi:\n  eligible_staff: { 総務課: 50, ＤＸ推進課: 0 }\n");

        Assert.Equal(new Dictionary<string, int> { ["総務課"] = 50, ["DX推進課"] = 0 }, plan.Kpi!.EligibleStaff);
        Assert.Null(plan.Kpi.EligibleStaffFile);
        Assert.Null(plan.Kpi.Provider);
        Assert.Empty(plan.Kpi.Sources);
        Assert.Equal(BandPoint.LowerEdge, plan.Kpi.BandPoint);
        Assert.Null(plan.Kpi.From);
    }

    [Fact]
    public void A_plan_without_a_kpi_block_has_none()
    {
        Assert.Null(folder.Load(PlanFolder.Minimal).Kpi);
    }

    [Fact]
    public void Reads_an_eligible_staff_csv_saved_by_excel_in_cp932()
    {
        byte[] bytes = Encoding.GetEncoding(932).GetBytes("department,eligible\r\n保険年金課,70\r\n");
        File.WriteAllBytes(folder.File("kpi/eligible.csv"), bytes);

        EvalPlan plan = folder.Load(PlanFolder.Minimal + "kpi:\n  eligible_staff: kpi/eligible.csv\n");

        Assert.Equal(new Dictionary<string, int> { ["保険年金課"] = 70 }, plan.Kpi!.EligibleStaff);
    }

    [Fact]
    public void Bad_rows_of_the_eligible_staff_csv_are_reported_with_their_file_line_and_column()
    {
        string csv = folder.Write("department,eligible\n総務課,50\n区民課,-3\n総務課,10\n,5\n税務課,八十\n", "kpi/eligible.csv");
        string plan = folder.Write(PlanFolder.Minimal + "kpi:\n  eligible_staff: kpi/eligible.csv\n");

        var exception = Assert.Throws<InputException>(() => PlanLoader.Load(plan));

        Assert.Equal(
            [(csv, 3, "eligible"), (csv, 4, "department"), (csv, 5, "department"), (csv, 6, "eligible")],
            exception.Errors.Select(e => (e.File, e.Line, e.Field)).Order());
        Assert.Contains(exception.Errors, e => e.Line == 4 && e.Message.Contains("2 行目にもあります", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("kpi:\n  provider: p9\n", 9, "kpi.provider", "providers にある提供先の id")]
    [InlineData("kpi:\n  eligible_staff: { 総務課: -5 }\n", 9, "kpi.eligible_staff.総務課", "0 以上の整数")]
    [InlineData("kpi:\n  eligible_staff:\n    ＤＸ推進課: 5\n    DX推進課: 6\n", 11, "kpi.eligible_staff.DX推進課", "2 回あります")]
    [InlineData("kpi:\n  eligible_staff: kpi/missing.csv\n", 9, "kpi.eligible_staff", "対象職員数のCSVが見つかりません")]
    [InlineData("kpi:\n  eligible_staff: [1, 2]\n", 9, "kpi.eligible_staff", "「所属: 人数」の組")]
    [InlineData("kpi:\n  survey: { file: kpi/missing.csv }\n", 9, "kpi.survey.file", "KPIのファイルが見つかりません")]
    [InlineData("kpi:\n  usage: { file: kpi/usage.csv, mapping: kpi/missing.yaml }\n", 9, "kpi.usage.mapping", "対応表（YAML）が見つかりません")]
    [InlineData("kpi:\n  timing:\n    - kpi/t1.csv\n    - { mapping: kpi/t2.yaml }\n", 11, "kpi.timing[1].file", "file は必須です")]
    [InlineData("kpi:\n  usage: { file: kpi/usage.csv, mappnig: x }\n", 9, "kpi.usage.mappnig", "「mapping」のことですか")]
    [InlineData("kpi:\n  survy: kpi/survey.csv\n", 9, "kpi.survy", "「survey」のことですか")]
    [InlineData("kpi:\n  from: 2026/10/01\n", 9, "kpi.from", "日付（例: 2026-10-01")]
    [InlineData("kpi:\n  from: 2026-12-01\n  to: 2026-10-31\n", 10, "kpi.to", "from（2026-12-01）以降")]
    [InlineData("kpi:\n  band_point: middle\n", 9, "kpi.band_point", "lower（帯の下端、既定）か midpoint")]
    public void Each_mistake_in_the_kpi_block_is_reported_with_its_line_and_field(string yaml, int line, string field, string message)
    {
        folder.SingleError(PlanFolder.Minimal + yaml, line, field, message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("kpi:\n  eligible_staff: { 総務課: 50 }\n")]
    public void A_criterion_on_a_kpi_metric_needs_kpi_provider(string kpi)
    {
        IReadOnlyList<InputError> errors = folder.Errors(PlanFolder.Minimal + kpi + "criteria:\n  - { metric: satisfaction_top2, op: \">=\", value: 0.6 }\n");

        // Until the KPI metrics are decision metrics, the criterion reader reports the metric as unknown as well.
        InputError error = Assert.Single(errors, e => e.Message.Contains("kpi.provider", StringComparison.Ordinal));
        Assert.Equal("criteria[0].metric", error.Field);
        Assert.Equal(8 + kpi.Count(c => c == '\n') + 1, error.Line);
        Assert.Contains("どの提供先の実利用データか", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_criterion_on_a_kpi_metric_with_kpi_provider_named_raises_no_provider_error()
    {
        string path = folder.Write(PlanFolder.Minimal + "kpi:\n  provider: p1\ncriteria:\n  - { metric: active_share, op: \">=\", value: 0.5 }\n");

        IReadOnlyList<InputError> errors = Record.Exception(() => PlanLoader.Load(path)) is InputException e ? e.Errors : [];

        Assert.DoesNotContain(errors, error => error.Message.Contains("kpi.provider", StringComparison.Ordinal));
    }

    [Fact]
    public void The_stored_snapshot_keeps_the_kpi_block_kinds_days_band_point_and_eligible_numbers()
    {
        folder.Write("department,eligible\n総務課,50\n", "kpi/eligible.csv");
        EvalPlan plan = folder.Load(PlanFolder.Minimal + """
            kpi:
              provider: p1
              eligible_staff: kpi/eligible.csv
              survey: { file: kpi/survey.csv, mapping: kpi/survey.yaml }
              timing: kpi/t1.csv
              from: 2026-10-01
              to: 2026-12-31
              band_point: midpoint

            """);

        string json = PlanSnapshot.ToJson(plan);
        KpiSettings back = PlanSnapshot.FromJson(json).Kpi!;

        Assert.Contains("\"band_point\": \"midpoint\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"survey\"", json, StringComparison.Ordinal);
        Assert.Contains("\"from\": \"2026-10-01\"", json, StringComparison.Ordinal);
        Assert.Equal("p1", back.Provider);
        Assert.Equal(plan.Kpi!.EligibleStaff, back.EligibleStaff);
        Assert.Equal(plan.Kpi.EligibleStaffFile, back.EligibleStaffFile);
        Assert.Equal(plan.Kpi.Sources, back.Sources);
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)), (back.From!.Value, back.To!.Value));
        Assert.Equal(BandPoint.Midpoint, back.BandPoint);
    }
}
