namespace GaiEval.Tests.Cli;

using System.Diagnostics;
using GaiEval.Cli.Commands;
using GaiEval.Core.Results;
using GaiEval.Storage;
using GaiEval.Tests.Support;

/// <summary>The resume command printed at a stop names the database and output folder the run used, quoted for the shell, and works as printed.</summary>
public sealed class ResumeHintTests : IAsyncLifetime
{
    private const string Variable = "GAIEVAL_HINT_TEST_KEY";
    private readonly TempFolder folder = new();
    private readonly Dictionary<string, string> environment = new() { [Variable] = "sk-hint-test" };
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
    [InlineData("x", "reports/gaieval.db", "reports", "gaieval run --resume x")]
    [InlineData("x", "my results/区の結果.db", "out dir", "gaieval run --resume x --db 'my results/区の結果.db' --out 'out dir'")]
    [InlineData("x", "/tmp/o'brien.db", "reports", @"gaieval run --resume x --db '/tmp/o'\''brien.db'")]
    [InlineData("x", "results.db", "/srv/reports", "gaieval run --resume x --db results.db --out /srv/reports")]
    public void The_hint_names_only_what_is_not_the_default_and_quotes_it(string runId, string db, string output, string expected) =>
        Assert.Equal(expected, ResumeHint.For(runId, db, output));

    [Fact]
    public async Task A_run_stopped_with_ctrl_c_prints_a_hint_with_its_db_and_out_that_resumes_it_when_pasted()
    {
        string plan = MiniScenario.Write(folder, 16, $"""
              - id: cloud
                name: クラウド
                method: cloud
                adapter: openai
                endpoint: {server.V1Endpoint}
                model: gpt-test
                api_key_env: {Variable}
                limits: {"{"} concurrency: 1, retries: 0 {"}"}
            """);
        string db = folder.File("my results", "区の結果.db");
        Directory.CreateDirectory(Path.GetDirectoryName(db)!);
        string output = folder.File("report out");

        string hint;
        using (CliProcess first = CliProcess.Start(folder.Path, environment, "run", plan, "--db", db, "--out", output))
        {
            await WaitForResponsesAsync(db, first);
            await first.InterruptAsync();
            await first.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.True(first.ExitCode == 130, first.Output + first.Error);
            hint = first.Error.Split('\n').Single(l => l.Contains("再開するには: ", StringComparison.Ordinal));
        }

        string command = hint[(hint.IndexOf("再開するには: ", StringComparison.Ordinal) + "再開するには: ".Length)..].Trim();
        Assert.Contains($"--db '{db}'", command, StringComparison.Ordinal);
        Assert.Contains($"--out '{output}'", command, StringComparison.Ordinal);

        // Pasted into a shell, with gaieval standing for the built command.
        int exit = await BashAsync("gaieval() { dotnet \"$GAIEVAL_DLL\" \"$@\"; }; " + command);

        Assert.Equal(0, exit);
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(db);
        RunInfo run = Assert.Single(await store.ListRunsAsync());
        Assert.Equal(RunStatus.Scored, run.Status);
        Assert.True(File.Exists(Path.Combine(output, run.RunId, "report.html")));
    }

    private static async Task WaitForResponsesAsync(string db, CliProcess process)
    {
        DateTime deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(process.HasExited, "the run ended before it could be stopped: " + process.Output + process.Error);
            if (File.Exists(db))
            {
                await using SqliteResultStore store = await SqliteResultStore.OpenAsync(db);
                if (await store.ListRunsAsync() is [var run] && (await store.ReadResponseKeysAsync(run.RunId)).Count >= 2)
                {
                    return;
                }
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("no responses were stored within 60 s: " + process.Error);
    }

    private async Task<int> BashAsync(string script)
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
        return bash.ExitCode;
    }
}
