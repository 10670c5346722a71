namespace GaiEval.Tests.Cli;

using System.Text;
using GaiEval.Tests.Support;

/// <summary>A key given through the environment reaches the provider and nothing else: no database, report, log or message.</summary>
public sealed class SecretsTests : IAsyncLifetime
{
    private const string Key = "sk-test-Zq81LmP0xVb3Nc7Rt5Yw2Ke9";
    private const string Variable = "GAIEVAL_TEST_OPENAI_KEY";

    private readonly TempFolder folder = new();
    private FakeOpenAiServer server = null!;

    public async Task InitializeAsync() => server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task The_key_appears_in_no_output_file_log_or_message_even_when_the_server_echoes_it()
    {
        server.Faults = request => request.Number == 2 ? FakeOpenAiFault.UnauthorizedEchoingKey() : null;
        string plan = MiniScenario.Write(folder, 4, $"""
              - id: cloud
                name: クラウド
                method: cloud
                adapter: openai
                endpoint: {server.V1Endpoint}
                model: gpt-test
                api_key_env: {Variable}
                limits: {"{"} retries: 0 {"}"}
            """);
        var environment = new Dictionary<string, string> { [Variable] = Key };

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, environment, "run", plan, "--db", folder.File("results.db"), "--out", folder.File("out"));

        Assert.True(cli.ExitCode == 4, cli.Output + cli.Error); // the echoing 401 fails one item
        Assert.All(server.Requests, r => Assert.Equal(Key, r.SentKey));
        Assert.DoesNotContain(Key, cli.Output + cli.Error, StringComparison.Ordinal);
        byte[] key = Encoding.UTF8.GetBytes(Key);
        string[] files = Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories);
        Assert.Contains(files, f => f.EndsWith("results.csv", StringComparison.Ordinal));
        Assert.All(files, f => Assert.True(File.ReadAllBytes(f).AsSpan().IndexOf(key) < 0, $"the key leaked into {f}"));
    }
}
