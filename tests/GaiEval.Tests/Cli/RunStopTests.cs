namespace GaiEval.Tests.Cli;

using System.Diagnostics;
using GaiEval.Core.Results;
using GaiEval.Storage;
using GaiEval.Tests.Support;

/// <summary>
/// SIGTERM and Ctrl+C stop a run cleanly: the calls in flight are committed, the run is marked interrupted, the resume
/// command is printed, the exit code is 130, and --resume makes only the calls that were never made.
/// </summary>
public sealed class RunStopTests : IAsyncLifetime
{
    private const int Items = 24;
    private const string Variable = "GAIEVAL_STOP_TEST_KEY";
    private readonly TempFolder folder = new();
    private readonly Dictionary<string, string> environment = new() { [Variable] = "sk-stop-test" };
    private FakeOpenAiServer server = null!;

    public async Task InitializeAsync()
    {
        server = await FakeOpenAiServer.StartAsync();
        server.Latency = TimeSpan.FromMilliseconds(150);
    }

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        folder.Dispose();
    }

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task A_stopped_run_is_interrupted_with_the_resume_hint_and_resuming_calls_every_item_once_in_all(string signal)
    {
        string plan = CloudPlan(Items, concurrency: 2);
        string db = folder.File("results.db");
        string output = folder.File("out");

        string runId;
        using (CliProcess first = CliProcess.Start(folder.Path, environment, "run", plan, "--db", db, "--out", output))
        {
            Assert.InRange(await WaitForStoredResponsesAsync(db, atLeast: 4, first), 4, Items - 1);
            await (signal == "TERM" ? first.TerminateAsync() : first.InterruptAsync());
            await first.WaitAsync(TimeSpan.FromSeconds(30));

            runId = (await ReadAsync(db)).RunId;
            Assert.True(first.ExitCode == 130, $"exit {first.ExitCode}: {first.Output}{first.Error}");
            Assert.Contains($"再開するには: gaieval run --resume {runId}", first.Error, StringComparison.Ordinal);
        }

        (_, int storedAtStop, RunStatus statusAtStop) = await ReadAsync(db);
        Assert.Equal(RunStatus.Interrupted, statusAtStop);
        Assert.InRange(storedAtStop, 4, Items - 1);
        // The calls in flight at the signal were let finish and committed: every request the server saw is stored.
        Assert.Equal(storedAtStop, server.Requests.Count);

        using CliProcess resumed = await CliProcess.RunAsync(folder.Path, environment, "run", "--resume", runId, "--db", db, "--out", output);

        Assert.True(resumed.ExitCode == 0, resumed.Output + resumed.Error);
        (_, int storedAtEnd, RunStatus statusAtEnd) = await ReadAsync(db);
        Assert.Equal(RunStatus.Scored, statusAtEnd);
        Assert.Equal(Items, storedAtEnd);
        Assert.Equal(Items, server.Requests.Count);
        Assert.True(File.Exists(Path.Combine(output, runId, "report.html")));
    }

    [Fact]
    public async Task A_run_stopped_after_its_calls_resumes_into_scoring_and_reports_without_calling_again()
    {
        const int many = 1500;
        server.Latency = TimeSpan.Zero;
        string plan = CloudPlan(many, concurrency: 16);
        string db = folder.File("results.db");
        string output = folder.File("out");

        string runId;
        using (CliProcess first = CliProcess.Start(folder.Path, environment, "run", plan, "--db", db, "--out", output))
        {
            runId = await WaitForStatusAsync(db, first, RunStatus.CallsComplete, RunStatus.Scored);
            await first.TerminateAsync();
            await first.WaitAsync(TimeSpan.FromSeconds(30));

            Assert.True(first.ExitCode == 130, $"exit {first.ExitCode}: {first.Output}{first.Error}");
            Assert.Contains($"再開するには: gaieval run --resume {runId}", first.Error, StringComparison.Ordinal);
        }

        Assert.Contains((await ReadAsync(db)).Status, new[] { RunStatus.CallsComplete, RunStatus.Scored });
        Assert.Equal(many, server.Requests.Count);

        using CliProcess resumed = await CliProcess.RunAsync(folder.Path, environment, "run", "--resume", runId, "--db", db, "--out", output);

        Assert.True(resumed.ExitCode == 0, resumed.Output + resumed.Error);
        Assert.Equal(RunStatus.Scored, (await ReadAsync(db)).Status);
        Assert.Equal(many, server.Requests.Count);
        Assert.True(File.Exists(Path.Combine(output, runId, "report.html")));
    }

    [Fact]
    public async Task The_hint_names_a_db_and_out_of_its_own_quoted_and_resumes_the_run_when_pasted_into_a_shell()
    {
        string plan = CloudPlan(16, concurrency: 1);
        string db = folder.File("my results", "区の結果.db");
        Directory.CreateDirectory(Path.GetDirectoryName(db)!);
        string output = folder.File("report out");

        string hint;
        using (CliProcess first = CliProcess.Start(folder.Path, environment, "run", plan, "--db", db, "--out", output))
        {
            await WaitForStoredResponsesAsync(db, atLeast: 2, first);
            await first.InterruptAsync();
            await first.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.True(first.ExitCode == 130, first.Output + first.Error);
            hint = first.Error.Split('\n').Single(l => l.Contains("再開するには: ", StringComparison.Ordinal));
        }

        string command = hint[(hint.IndexOf("再開するには: ", StringComparison.Ordinal) + "再開するには: ".Length)..].Trim();
        Assert.Contains($"--db '{db}'", command, StringComparison.Ordinal);
        Assert.Contains($"--out '{output}'", command, StringComparison.Ordinal);

        // Pasted into a shell as printed, with gaieval standing for the built command.
        await ShellAsync("gaieval() { dotnet \"$GAIEVAL_DLL\" \"$@\"; }; " + command);

        Assert.Equal(RunStatus.Scored, (await ReadAsync(db)).Status);
        Assert.Equal(16, server.Requests.Count);
        Assert.True(File.Exists(Path.Combine(output, (await ReadAsync(db)).RunId, "report.html")));
    }

    private async Task ShellAsync(string script)
    {
        var info = new ProcessStartInfo("bash") { WorkingDirectory = folder.Path, ArgumentList = { "-c", script }, RedirectStandardOutput = true, RedirectStandardError = true };
        info.Environment["GAIEVAL_DLL"] = CliProcess.CliAssembly;
        info.Environment[Variable] = environment[Variable];
        using Process bash = Process.Start(info)!;
        Task<string> stdout = bash.StandardOutput.ReadToEndAsync();
        Task<string> stderr = bash.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await bash.WaitForExitAsync(timeout.Token);
        Assert.True(bash.ExitCode == 0, await stdout + await stderr);
    }

    private static async Task<string> WaitForStatusAsync(string db, CliProcess process, params RunStatus[] statuses)
    {
        DateTime deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(process.HasExited, "the run ended before it could be stopped: " + process.Output + process.Error);
            if (File.Exists(db) && await ReadAsync(db) is { RunId.Length: > 0 } run && statuses.Contains(run.Status))
            {
                return run.RunId;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"the run did not reach {string.Join(" or ", statuses)} within 120 s: " + process.Error);
    }

    private static async Task<int> WaitForStoredResponsesAsync(string db, int atLeast, CliProcess process)
    {
        DateTime deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(process.HasExited, "the run ended before it could be stopped: " + process.Output + process.Error);
            if (File.Exists(db) && (await ReadAsync(db)).Responses is int stored && stored >= atLeast)
            {
                return stored;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("no responses were stored within 60 s: " + process.Error);
    }

    private static async Task<(string RunId, int Responses, RunStatus Status)> ReadAsync(string db)
    {
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(db);
        IReadOnlyList<RunInfo> runs = await store.ListRunsAsync();
        if (runs.Count == 0)
        {
            return (string.Empty, 0, RunStatus.Running);
        }

        int responses = 0;
        await foreach (ResponseRecord _ in store.ReadResponsesAsync(runs[0].RunId))
        {
            responses++;
        }

        return (runs[0].RunId, responses, runs[0].Status);
    }

    private string CloudPlan(int items, int concurrency) => MiniScenario.Write(folder, items, $"""
          - id: cloud
            name: クラウド
            method: cloud
            adapter: openai
            endpoint: {server.V1Endpoint}
            model: gpt-test
            api_key_env: {Variable}
            limits: {"{"} concurrency: {concurrency}, retries: 0 {"}"}
        """);
}
