namespace GaiEval.Tests.Cli;

using System.Text;
using GaiEval.Cli;
using GaiEval.Tests.Storage;
using GaiEval.Tests.Support;

/// <summary>gaieval kpi import and kpi list through the real command and the real SQLite file, with the sample ward's files.</summary>
public sealed class KpiCommandTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly string db;

    public KpiCommandTests()
    {
        db = folder.File("gaieval.db");
    }

    public void Dispose() => folder.Dispose();

    private static string Kpi(string file) => Path.Combine(RepositoryPaths.Root(), "testsets", "sample-ward", "kpi", file);

    [Fact]
    public async Task The_samples_three_files_are_stored_listed_and_not_stored_twice()
    {
        using CliProcess survey = await ImportAsync("survey", "survey.csv", "survey-mapping.yaml");
        using CliProcess usage = await ImportAsync("usage", "usage-log.csv", "usage-mapping.yaml");
        using CliProcess timing = await ImportAsync("timing", "timings.csv", "timings-mapping.yaml");

        Assert.True(survey.ExitCode == ExitCodes.Done, survey.Output + survey.Error);
        Assert.True(usage.ExitCode == ExitCodes.Done, usage.Output + usage.Error);
        Assert.True(timing.ExitCode == ExitCodes.Done, timing.Output + timing.Error);
        Assert.Contains("survey.csv（職員アンケート）312件、期間 2026-10〜2026-12", survey.Output, StringComparison.Ordinal);
        Assert.Contains("usage-log.csv（利用ログ）19,598件（うち評価ハーネス自身の呼び出し 360件は利用者に数えません）", usage.Output, StringComparison.Ordinal);
        Assert.Contains("timings.csv（業務時間の実測）60件", timing.Output, StringComparison.Ordinal);
        Assert.Equal(312L, await CountAsync("kpi_survey_responses"));
        Assert.Equal(19598L, await CountAsync("kpi_usage_events"));
        Assert.Equal(360L, await RawDatabase.ScalarAsync<long>(db, "SELECT count(*) FROM kpi_usage_events WHERE from_harness = 1"));
        Assert.Equal(60L, await CountAsync("kpi_task_timings"));

        using CliProcess again = await ImportAsync("usage", "usage-log.csv", "usage-mapping.yaml");
        using CliProcess list = await CliProcess.RunAsync(folder.Path, "kpi", "list", "--db", db);

        Assert.Equal(ExitCodes.Done, again.ExitCode);
        Assert.Contains("取り込み済みです: usage-log.csv", again.Output, StringComparison.Ordinal);
        Assert.Contains("何も保存していません", again.Output, StringComparison.Ordinal);
        Assert.Equal(19598L, await CountAsync("kpi_usage_events"));
        Assert.Equal(3L, await CountAsync("kpi_imports"));
        Assert.True(list.ExitCode == ExitCodes.Done, list.Output + list.Error);
        string[] rows = [.. list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)];
        Assert.Equal(3, rows.Length);
        Assert.Matches(@"^\s*1\s+survey\s+survey\.csv\s+survey-mapping\.yaml\s+312\s+0\s+2026-10〜2026-12\s", rows[0]);
        Assert.Matches(@"^\s*2\s+usage\s+usage-log\.csv\s+usage-mapping\.yaml\s+19,598\s+360\s+2026-09-30T\d\d:\d\d:\d\dZ〜2026-12-31T", rows[1]);
        Assert.Matches(@"^\s*3\s+timing\s+timings\.csv\s+timings-mapping\.yaml\s+60\s+0\s+2026-11-\d\d〜2026-11-\d\d\s", rows[2]);
    }

    [Fact]
    public async Task No_raw_staff_key_reaches_the_database_file_and_the_secret_lies_beside_it()
    {
        using CliProcess usage = await ImportAsync("usage", "usage-log.csv", "usage-mapping.yaml");
        Assert.True(usage.ExitCode == ExitCodes.Done, usage.Output + usage.Error);
        Assert.Contains("E55453", await File.ReadAllTextAsync(Kpi("usage-log.csv")), StringComparison.Ordinal);

        byte[] secret = await File.ReadAllBytesAsync(db + ".staff-key");
        byte[] key = Encoding.UTF8.GetBytes("E55453");
        foreach (string file in new[] { db, db + "-wal" }.Where(File.Exists))
        {
            byte[] bytes = await File.ReadAllBytesAsync(file);
            Assert.True(bytes.AsSpan().IndexOf(key) < 0, $"{file} holds the raw staff key");
            Assert.True(bytes.AsSpan().IndexOf(secret) < 0, $"{file} holds the secret");
        }

        Assert.Equal(32, secret.Length);
        Assert.DoesNotContain("E55453", usage.Output + usage.Error, StringComparison.Ordinal);
        Assert.Equal(0L, await RawDatabase.ScalarAsync<long>(db, "SELECT count(*) FROM kpi_usage_events WHERE user NOT LIKE 's-%'"));
    }

    [Fact]
    public async Task A_file_with_bad_rows_prints_every_error_exits_2_and_stores_nothing()
    {
        string bad = folder.Write(
            "timings-bad.csv",
            "task,category,use,staff,minutes_without,minutes_with,date\n" +
            "案内文の作成,住民票・戸籍,文書作成,E00001,30,20,2026-11-04\n" +
            "議事録の要約,総務,情報抽出・要約,E00002,abc,10,2026-11-05\n" +
            "集計,税務,,E00003,40,35,2026-11-06\n" +
            "照会回答,税務,,,40,35,2026-11-07\n");

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "kpi", "import", "timing", bad, "--db", db);

        Assert.True(cli.ExitCode == ExitCodes.BadInput, cli.Output + cli.Error);
        Assert.Contains($"{bad}:3: minutes_without:", cli.Error, StringComparison.Ordinal);
        Assert.Contains($"{bad}:5: staff:", cli.Error, StringComparison.Ordinal);
        Assert.Contains("入力に 2 件の誤りがあります。何も書き込んでいません。", cli.Error, StringComparison.Ordinal);
        Assert.Equal(0L, await CountAsync("kpi_imports"));
        Assert.Equal(0L, await CountAsync("kpi_task_timings"));
        Assert.Equal(0L, await CountAsync("kpi_survey_responses"));
        Assert.Equal(0L, await CountAsync("kpi_usage_events"));
    }

    [Fact]
    public async Task A_bad_mapping_exits_2_with_its_line()
    {
        string mapping = folder.Write("mapping.yaml", "kind: timing\ncolumns:\n  taks: 業務名\n");

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "kpi", "import", "timing", Kpi("timings.csv"), "--mapping", mapping, "--db", db);

        Assert.True(cli.ExitCode == ExitCodes.BadInput, cli.Output + cli.Error);
        Assert.Contains($"{mapping}:3: columns.taks:", cli.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public async Task A_file_whose_period_overlaps_a_stored_one_warns_and_is_still_imported()
    {
        const string Header = "task,category,staff,minutes_without,minutes_with,date\n";
        string november = folder.Write("november.csv", Header + "集計,税務,E00001,40,35,2026-11-02\n集計,税務,E00002,50,30,2026-11-20\n");
        string late = folder.Write("late-november.csv", Header + "照会回答,税務,E00003,20,10,2026-11-15\n照会回答,税務,E00004,25,15,2026-12-03\n");
        string december = folder.Write("december.csv", Header + "照会回答,税務,E00005,20,10,2026-12-01\n");

        using CliProcess first = await CliProcess.RunAsync(folder.Path, "kpi", "import", "timing", november, "--db", db);
        using CliProcess second = await CliProcess.RunAsync(folder.Path, "kpi", "import", "timing", late, "--db", db);
        using CliProcess third = await CliProcess.RunAsync(folder.Path, "kpi", "import", "timing", december, "--db", db);

        Assert.True(first.ExitCode == ExitCodes.Done, first.Output + first.Error);
        Assert.True(second.ExitCode == ExitCodes.Done, second.Output + second.Error);
        Assert.True(third.ExitCode == ExitCodes.Done, third.Output + third.Error);
        Assert.DoesNotContain("警告", first.Error, StringComparison.Ordinal);
        string warning = Assert.Single(second.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(
            "警告: 期間 2026-11-15〜2026-12-03 が取り込み済みの november.csv（期間 2026-11-02〜2026-11-20）と重なっています。同じデータを二重に取り込んでいないか確認してください。",
            warning.TrimEnd('\r'));
        Assert.Contains("late-november.csv（期間 2026-11-15〜2026-12-03）", third.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("november.csv（期間 2026-11-02", third.Error, StringComparison.Ordinal);
        Assert.Equal(5L, await CountAsync("kpi_task_timings"));
    }

    [Fact]
    public async Task The_help_explains_the_canonical_headers_the_mapping_and_the_secret()
    {
        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "kpi", "import", "--help");

        Assert.True(cli.ExitCode == ExitCodes.Done, cli.Output + cli.Error);
        Assert.Contains("survey: wave, respondent（職員番号）", cli.Output, StringComparison.Ordinal);
        Assert.Contains("usage:  timestamp, user（職員番号）", cli.Output, StringComparison.Ordinal);
        Assert.Contains("timing: task, category, use, staff（職員番号）", cli.Output, StringComparison.Ordinal);
        Assert.Contains("--mapping", cli.Output, StringComparison.Ordinal);
        Assert.Contains("<db>.staff-key", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_kind_a_missing_file_and_a_missing_database_are_bad_input()
    {
        using CliProcess kind = await CliProcess.RunAsync(folder.Path, "kpi", "import", "logs", Kpi("usage-log.csv"), "--db", db);
        using CliProcess file = await CliProcess.RunAsync(folder.Path, "kpi", "import", "usage", folder.File("missing.csv"), "--db", db);
        using CliProcess list = await CliProcess.RunAsync(folder.Path, "kpi", "list", "--db", db);

        Assert.Equal(ExitCodes.BadInput, kind.ExitCode);
        Assert.Contains("logs", kind.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, file.ExitCode);
        Assert.Contains($"{folder.File("missing.csv")}:0: FILE: ファイルが見つかりません", file.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.BadInput, list.ExitCode);
        Assert.Contains($"{db}:0: --db:", list.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    private Task<CliProcess> ImportAsync(string kind, string file, string mapping) =>
        CliProcess.RunAsync(folder.Path, "kpi", "import", kind, Kpi(file), "--mapping", Kpi(mapping), "--db", db);

    private Task<long> CountAsync(string table) => RawDatabase.ScalarAsync<long>(db, $"SELECT count(*) FROM {table}");
}
