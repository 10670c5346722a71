namespace GaiEval.Tests.Cli;

using GaiEval.Tests.Cli.Postgres;
using GaiEval.Tests.Storage;
using GaiEval.Tests.Support;

/// <summary>gaieval db copy between two SQLite files (no server): whole runs, named runs, never duplicated, never overwritten.</summary>
public sealed class DbCopyCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_second_copy_skips_the_run_and_duplicates_nothing()
    {
        string source = folder.File("a.db");
        string runId = await RunAsync(source, "out1");
        string destination = folder.File("b.db");

        using CliProcess first = await CopyAsync(source, destination);
        using CliProcess second = await CopyAsync(source, destination);

        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        Assert.Contains($"[1/1] 実行 {runId}: コピーしました（項目 4 件、回答 4 件、採点 ", first.Output, StringComparison.Ordinal);
        Assert.True(second.ExitCode == 0, second.Output + second.Error);
        Assert.Contains($"[1/1] 実行 {runId}: コピー先にすでに同じ内容であります。飛ばしました", second.Output, StringComparison.Ordinal);
        Assert.Contains("コピー 0 件、すでにあったため飛ばした 1 件、コピーしなかった 0 件", second.Output, StringComparison.Ordinal);
        foreach (string table in new[] { "runs", "items", "responses", "scores" })
        {
            Assert.Equal(
                await RawDatabase.ScalarAsync<long>(source, $"SELECT COUNT(*) FROM {table}"),
                await RawDatabase.ScalarAsync<long>(destination, $"SELECT COUNT(*) FROM {table}"));
        }

        Assert.Equal(
            await RawDatabase.QueryAsync<string>(source, "SELECT metric || '=' || COALESCE(value, '') FROM scores ORDER BY score_id"),
            await RawDatabase.QueryAsync<string>(destination, "SELECT metric || '=' || COALESCE(value, '') FROM scores ORDER BY score_id"));
    }

    [Fact]
    public async Task Only_the_named_run_is_copied()
    {
        string source = folder.File("a.db");
        string older = await RunAsync(source, "out1");
        string named = await RunAsync(source, "out2");
        string destination = folder.File("b.db");

        using CliProcess copy = await CopyAsync(source, destination, named);

        Assert.True(copy.ExitCode == 0, copy.Output + copy.Error);
        Assert.NotEqual(older, named);
        Assert.Equal([named], await RawDatabase.QueryAsync<string>(destination, "SELECT run_id FROM runs"));
        Assert.Equal([named], await RawDatabase.QueryAsync<string>(destination, "SELECT DISTINCT run_id FROM responses"));
    }

    [Fact]
    public async Task A_run_that_differs_at_the_destination_is_refused_and_left_as_it_is()
    {
        string source = folder.File("a.db");
        string runId = await RunAsync(source, "out1");
        string destination = folder.File("b.db");
        using CliProcess first = await CopyAsync(source, destination);
        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        await RawDatabase.ExecuteAsync(destination, "UPDATE responses SET text = '書き換えた回答' WHERE response_id = (SELECT MIN(response_id) FROM responses)");

        using CliProcess again = await CopyAsync(source, destination);

        Assert.True(again.ExitCode == 2, again.Output + again.Error);
        Assert.Contains($"実行 {runId}: コピー先に同じ実行IDで内容の異なる実行があります。コピーしていません", again.Error, StringComparison.Ordinal);
        Assert.Equal(1, await RawDatabase.ScalarAsync<long>(destination, "SELECT COUNT(*) FROM responses WHERE text = '書き換えた回答'"));
        Assert.Equal(1, await RawDatabase.ScalarAsync<long>(destination, "SELECT COUNT(*) FROM runs"));
    }

    [Fact]
    public async Task A_run_the_source_does_not_hold_is_bad_input_and_nothing_is_written()
    {
        string source = folder.File("a.db");
        string runId = await RunAsync(source, "out1");
        string destination = folder.File("b.db");

        using CliProcess copy = await CopyAsync(source, destination, runId, "20990101-000000-none");

        Assert.True(copy.ExitCode == 2, copy.Output + copy.Error);
        Assert.Contains($"{source}:0: RUN_ID: 実行 20990101-000000-none はコピー元にありません", copy.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(destination));
    }

    [Fact]
    public async Task The_same_file_as_source_and_destination_is_bad_input()
    {
        string source = folder.File("a.db");
        await RunAsync(source, "out1");

        using CliProcess copy = await CopyAsync(source, source);

        Assert.True(copy.ExitCode == 2, copy.Output + copy.Error);
        Assert.Contains("--to: コピー元とコピー先が同じデータベースです", copy.Error, StringComparison.Ordinal);
        Assert.Equal(1, await RawDatabase.ScalarAsync<long>(source, "SELECT COUNT(*) FROM runs"));
    }

    [Fact]
    public async Task A_destination_server_that_cannot_be_reached_exits_2_naming_it()
    {
        string source = folder.File("a.db");
        await RunAsync(source, "out1");
        string unreachable = $"postgres://gaieval@127.0.0.1:{PostgresCliTargets.ClosedPort()}/poc";

        using CliProcess copy = await CopyAsync(source, unreachable);

        Assert.True(copy.ExitCode == 2, copy.Output + copy.Error);
        Assert.Contains("--to: PostgreSQL のデータベース poc（127.0.0.1:", copy.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("コピーしました", copy.Output, StringComparison.Ordinal);
    }

    private async Task<string> RunAsync(string database, string output)
    {
        string plan = MiniScenario.Write(folder, 4, MiniScenario.RetrievalProvider("base"));
        using CliProcess run = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", database, "--out", folder.File(output));
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        return Directory.GetDirectories(folder.File(output)).Select(Path.GetFileName).Single()!;
    }

    private Task<CliProcess> CopyAsync(string from, string to, params string[] runIds) =>
        CliProcess.RunAsync(folder.Path, ["db", "copy", "--from", from, "--to", to, .. runIds]);
}
