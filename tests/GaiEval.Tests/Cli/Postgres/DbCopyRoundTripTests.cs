namespace GaiEval.Tests.Cli.Postgres;

using GaiEval.Tests.Storage;
using GaiEval.Tests.Storage.Engines;
using GaiEval.Tests.Support;
using Npgsql;

/// <summary>
/// gaieval db copy SQLite → PostgreSQL → SQLite of the sample run (with a reviewer's grade and its KPI imports): the reports
/// of the copies are the same bytes as the original's, and a second copy adds nothing. Skipped without GAIEVAL_TEST_POSTGRES (failed in CI).
/// </summary>
public sealed class DbCopyRoundTripTests(PostgresTestServer server) : IClassFixture<PostgresTestServer>, IDisposable
{
    private static readonly string[] Reports = ["report.html", "summary.md", "decision.md", "results.csv", "analysis.json"];

    private readonly TempFolder folder = new();
    private readonly string root = RepositoryPaths.Root();

    public void Dispose() => folder.Dispose();

    [SkippableFact]
    public async Task The_sample_run_copied_to_postgres_and_back_writes_byte_identical_reports()
    {
        string schema = await server.NewSchemaAsync();
        string url = PostgresCliTargets.Url(server, schema);
        string original = folder.File("original.db");
        string back = folder.File("back.db");
        string runId = await RunSampleAsync(original);
        await RawDatabase.ExecuteAsync(
            original,
            "INSERT INTO human_grades (run_id, item_id, provider_id, repeat, grade, comment, reviewer, graded_at) " +
            "SELECT run_id, item_id, provider_id, repeat, 'wrong', '根拠が古い', '区民課 山田', '2026-11-02T10:15:00.0000000+09:00' FROM responses " +
            "ORDER BY response_id LIMIT 1");

        using CliProcess toPostgres = await CliProcess.RunAsync(folder.Path, "db", "copy", "--from", original, "--to", url);
        using CliProcess toSqlite = await CliProcess.RunAsync(folder.Path, "db", "copy", "--from", url, "--to", back, runId);
        using CliProcess again = await CliProcess.RunAsync(folder.Path, "db", "copy", "--from", original, "--to", url);

        Assert.True(toPostgres.ExitCode == 0, toPostgres.Output + toPostgres.Error);
        Assert.Contains($"実行 {runId}: コピーしました（項目 ", toPostgres.Output, StringComparison.Ordinal);
        Assert.Contains("人の採点 1 件、KPI の取り込み 3 件）", toPostgres.Output, StringComparison.Ordinal);
        Assert.True(toSqlite.ExitCode == 0, toSqlite.Output + toSqlite.Error);
        Assert.True(again.ExitCode == 0, again.Output + again.Error);
        Assert.Contains("飛ばしました", again.Output, StringComparison.Ordinal);
        Assert.Equal(await RawDatabase.ScalarAsync<long>(original, "SELECT COUNT(*) FROM scores"), await CountAsync(schema, "scores"));
        Assert.Equal(1, await CountAsync(schema, "runs"));
        Assert.Equal(3, await CountAsync(schema, "kpi_imports"));
        Assert.Equal(["wrong 根拠が古い 区民課 山田"], await RawDatabase.QueryAsync<string>(back, "SELECT grade || ' ' || comment || ' ' || reviewer FROM human_grades"));

        string expected = await ReportAsync(runId, original, "original");
        foreach ((string database, string name) in new[] { (url, "postgres"), (back, "back") })
        {
            string copy = await ReportAsync(runId, database, name);
            foreach (string file in Reports)
            {
                byte[] want = await File.ReadAllBytesAsync(Path.Combine(expected, file));
                byte[] got = await File.ReadAllBytesAsync(Path.Combine(copy, file));
                Assert.True(want.SequenceEqual(got), $"{file} of the copy in {name} differs from the original's");
            }
        }
    }

    private static async Task<long> CountAsync(string schema, string table)
    {
        await using var connection = new NpgsqlConnection(schema);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT COUNT(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task<string> RunSampleAsync(string database)
    {
        using CliProcess run = await CliProcess.RunAsync(
            folder.Path, "run", Path.Combine(root, "testsets", "sample-ward", "plan.yaml"), "--db", database, "--out", folder.File("run"));
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        return Directory.GetDirectories(folder.File("run")).Select(Path.GetFileName).Single()!;
    }

    private async Task<string> ReportAsync(string runId, string database, string name)
    {
        using CliProcess report = await CliProcess.RunAsync(folder.Path, "report", runId, "--db", database, "--out", folder.File(name));
        Assert.True(report.ExitCode == 0, report.Output + report.Error);
        return Path.Combine(folder.File(name), runId);
    }
}
