namespace GaiEval.Tests.Cli;

using System.Net;
using System.Net.Sockets;
using GaiEval.Tests.Support;

/// <summary>An unusable provider is named in one line before the run; --skip-unavailable runs the rest.</summary>
public sealed class UnavailableProviderTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Without_the_flag_nothing_runs_and_each_unusable_provider_gets_one_line()
    {
        string plan = WritePlan();
        string db = folder.File("results.db");

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", db);

        Assert.Equal(2, cli.ExitCode);
        Assert.Single(cli.Error.Split('\n'), l => l.StartsWith("提供先 unreachable:", StringComparison.Ordinal) && l.Contains($"127.0.0.1:{ClosedPort}", StringComparison.Ordinal));
        Assert.Single(cli.Error.Split('\n'), l => l.StartsWith("提供先 no-key:", StringComparison.Ordinal) && l.Contains("GAIEVAL_TEST_UNSET_KEY", StringComparison.Ordinal));
        Assert.Contains("--skip-unavailable", cli.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public async Task With_the_flag_the_usable_providers_run_and_the_skipped_ones_stay_in_the_run_unmeasured()
    {
        string plan = WritePlan();

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", folder.File("results.db"), "--out", folder.File("out"), "--skip-unavailable");

        Assert.True(cli.ExitCode == 0, cli.Output + cli.Error);
        Assert.Contains(cli.Output.Split('\n'), l => l.StartsWith("base ", StringComparison.Ordinal) && l.Contains("  3  ", StringComparison.Ordinal));
        Assert.Contains(cli.Output.Split('\n'), l => l.StartsWith("unreachable ", StringComparison.Ordinal) && l.Contains("  0  ", StringComparison.Ordinal));
        Assert.Contains("使えない提供先 2 件を飛ばして実行します（レポートと gate では NOT MEASURED（未測定）、候補なら要追加検証）: unreachable, no-key", cli.Error, StringComparison.Ordinal);
    }

    private static int ClosedPort { get; } = FindClosedPort();

    private string WritePlan() => MiniScenario.Write(folder, 3, MiniScenario.RetrievalProvider("base") + $"""
          - id: unreachable
            name: 接続できない提供先
            method: on-prem
            adapter: openai
            endpoint: http://127.0.0.1:{ClosedPort}/v1
            model: local-model
          - id: no-key
            name: キーのない提供先
            method: cloud
            adapter: openai
            endpoint: http://127.0.0.1:{ClosedPort}/v1
            model: gpt-test
            api_key_env: GAIEVAL_TEST_UNSET_KEY
        """);

    /// <summary>A port nothing listens on: bound once to get a free number, then released.</summary>
    private static int FindClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
