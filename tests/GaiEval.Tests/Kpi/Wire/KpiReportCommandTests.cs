namespace GaiEval.Tests.Kpi.Wire;

using System.Text;
using GaiEval.Cli;
using GaiEval.Cli.Commands;
using GaiEval.Reporting.Kpi;
using GaiEval.Storage;
using GaiEval.Tests.Storage;
using GaiEval.Tests.Support;
using GaiEval.Tests.TestSets;

/// <summary><c>gaieval kpi report</c> through the real CLI and a real SQLite file, on the hand-made files of <see cref="KpiPlanFiles"/>.</summary>
public sealed class KpiReportCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string Database => folder.File("gaieval.db");

    private string Output => folder.File("out");

    [Fact]
    public async Task Without_a_database_or_any_import_it_writes_nothing_and_exits_2()
    {
        using CliProcess missing = await CliProcess.RunAsync(folder.Path, "kpi", "report", "--db", Database, "--out", Output);
        await (await SqliteResultStore.OpenAsync(Database)).DisposeAsync();
        using CliProcess empty = await CliProcess.RunAsync(folder.Path, "kpi", "report", "--db", Database, "--out", Output);

        Assert.True(missing.ExitCode == ExitCodes.BadInput, missing.Output + missing.Error);
        Assert.True(empty.ExitCode == ExitCodes.BadInput, empty.Output + empty.Error);
        Assert.Contains(KpiReportCommand.NoData, missing.Error, StringComparison.Ordinal);
        Assert.Contains(KpiReportCommand.NoData, empty.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public async Task Reports_every_stored_import_with_the_eligible_staff_given_and_prints_the_output_path()
    {
        await ImportAllAsync();
        string eligible = folder.Write("eligible.csv", "department,eligible\n総務課,4\n区民課,4\n");

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "kpi", "report", "--db", Database, "--out", Output, "--eligible-staff", eligible);

        Assert.True(cli.ExitCode == ExitCodes.Done, cli.Output + cli.Error);
        string html = Path.Combine(Output, new KpiReportWriter().FileName);
        Assert.True(File.Exists(html));
        Assert.Contains($"KPIレポート（HTML）: {html}", cli.Output, StringComparison.Ordinal);
        Assert.Contains("満足度 上位2段階 66.7% [20.8%, 93.9%]（n=3、2026-10）", cli.Output, StringComparison.Ordinal);
        Assert.Contains("月間利用者 3人（2026-10、対象職員の 37.5%）", cli.Output, StringComparison.Ordinal);
        Assert.Contains("削減時間（実測） 1件 12.5分", cli.Output, StringComparison.Ordinal);
        Assert.Contains("期間: 全期間（取り込み 3 件: survey.csv、usage-log.csv、timings.csv）", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task From_and_to_keep_the_days_of_the_period_and_a_period_without_data_exits_2()
    {
        await ImportAllAsync();

        using CliProcess october = await CliProcess.RunAsync(
            folder.Path, "kpi", "report", "--db", Database, "--out", Output, "--from", "2026-10-03", "--to", "2026-10-31");
        using CliProcess november = await CliProcess.RunAsync(
            folder.Path, "kpi", "report", "--db", Database, "--out", folder.File("november"), "--from", "2026-11-01");

        Assert.True(october.ExitCode == ExitCodes.Done, october.Output + october.Error);
        Assert.Contains("月間利用者 2人（2026-10）", october.Output, StringComparison.Ordinal);
        Assert.Contains("期間: 2026-10-03〜2026-10-31", october.Output, StringComparison.Ordinal);
        Assert.True(november.ExitCode == ExitCodes.BadInput, november.Output + november.Error);
        Assert.Contains("期間 2026-11-01〜 にKPIのデータがありません", november.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.File("november")));
    }

    [Theory]
    [InlineData("--from", "2026/10/01", "--from は日付")]
    [InlineData("--to", "2026-09-30", "--to（2026-09-30）は --from（2026-10-01）以降")]
    public async Task A_bad_day_exits_2(string option, string value, string message)
    {
        await ImportAllAsync();
        string[] from = option == "--to" ? ["--from", "2026-10-01"] : [];

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, ["kpi", "report", "--db", Database, "--out", Output, .. from, option, value]);

        Assert.True(cli.ExitCode == ExitCodes.BadInput, cli.Output + cli.Error);
        Assert.Contains(message, cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_plan_it_imports_the_plans_files_once_and_uses_its_eligible_staff_into_the_default_folder()
    {
        string plan = WritePlan();

        using CliProcess first = await CliProcess.RunAsync(folder.Path, "kpi", "report", "--plan", plan, "--db", Database);
        using CliProcess again = await CliProcess.RunAsync(folder.Path, "kpi", "report", "--plan", plan, "--db", Database, "--out", Output);

        Assert.True(first.ExitCode == ExitCodes.Done, first.Output + first.Error);
        Assert.Contains("KPI: survey.csv を取り込みました（3件）", first.Output, StringComparison.Ordinal);
        Assert.Contains("月間利用者 3人（2026-10、対象職員の 37.5%）", first.Output, StringComparison.Ordinal);
        string written = Assert.Single(Directory.GetDirectories(folder.File("reports"), "kpi-*"));
        Assert.Matches(@"kpi-\d{8}-\d{6}$", written);
        Assert.True(File.Exists(Path.Combine(written, "kpi-report.html")));
        Assert.True(again.ExitCode == ExitCodes.Done, again.Output + again.Error);
        Assert.Contains("KPI: survey.csv 取り込み済み（3件）", again.Output, StringComparison.Ordinal);
        Assert.Equal(3L, await RawDatabase.ScalarAsync<long>(Database, "SELECT count(*) FROM kpi_imports"));
    }

    [Fact]
    public async Task A_plan_without_a_kpi_block_exits_2()
    {
        string plan = folder.Write("plain.yaml", File.ReadAllText(WritePlan()).Split("kpi:")[0]);

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "kpi", "report", "--plan", plan, "--db", Database, "--out", Output);

        Assert.True(cli.ExitCode == ExitCodes.BadInput, cli.Output + cli.Error);
        Assert.Contains($"{plan}:0: kpi: この計画には kpi:", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_raw_staff_key_of_the_input_reaches_the_database_file_or_the_report_folder()
    {
        string plan = WritePlan();
        Assert.Contains(KpiPlanFiles.RawStaffKey, File.ReadAllText(folder.File("kpi/usage-log.csv")), StringComparison.Ordinal);

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "kpi", "report", "--plan", plan, "--db", Database, "--out", Output);

        Assert.True(cli.ExitCode == ExitCodes.Done, cli.Output + cli.Error);
        byte[] key = Encoding.UTF8.GetBytes(KpiPlanFiles.RawStaffKey);
        string[] files = [.. new[] { Database, Database + "-wal" }.Where(File.Exists), .. Directory.GetFiles(Output, "*", SearchOption.AllDirectories)];
        Assert.Contains(Path.Combine(Output, "kpi-report.html"), files);
        Assert.All(files, file => Assert.True(File.ReadAllBytes(file).AsSpan().IndexOf(key) < 0, $"{file} holds a raw staff key"));
        Assert.DoesNotContain(KpiPlanFiles.RawStaffKey, cli.Output + cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_help_explains_both_ways_and_the_default_folder_in_japanese()
    {
        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "kpi", "report", "--help");

        Assert.Equal(ExitCodes.Done, cli.ExitCode);
        Assert.Contains("--plan なし: データベースに取り込み済み", cli.Output, StringComparison.Ordinal);
        Assert.Contains("reports/kpi-<日時（yyyyMMdd-HHmmss）>/", cli.Output, StringComparison.Ordinal);
        Assert.Contains("--eligible-staff", cli.Output, StringComparison.Ordinal);
    }

    private async Task ImportAllAsync()
    {
        foreach ((string kind, string file) in new[] { ("survey", KpiPlanFiles.Survey(folder)), ("usage", KpiPlanFiles.Usage(folder)), ("timing", KpiPlanFiles.Timings(folder)) })
        {
            using CliProcess import = await CliProcess.RunAsync(folder.Path, "kpi", "import", kind, file, "--db", Database);
            Assert.True(import.ExitCode == ExitCodes.Done, import.Output + import.Error);
        }
    }

    /// <summary>A plan of one manual provider naming the three files and the eligible staff inline.</summary>
    private string WritePlan()
    {
        folder.Write("items.jsonl", GoldLines.Jsonl(GoldLines.Valid()));
        KpiPlanFiles.Settings(folder);
        return folder.Write("plan.yaml", """
            name: KPIの計画
            testset: items.jsonl
            providers:
              - id: platform
                name: プラットフォーム
                method: platform
                adapter: manual
            kpi:
              provider: platform
              eligible_staff: { 総務課: 4, 区民課: 4 }
              survey: { file: kpi/survey.csv }
              usage: { file: kpi/usage-log.csv }
              timing: { file: kpi/timings.csv }

            """);
    }
}
