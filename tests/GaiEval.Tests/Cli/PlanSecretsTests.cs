namespace GaiEval.Tests.Cli;

using System.Text;
using System.Text.RegularExpressions;
using GaiEval.Tests.Support;

/// <summary>
/// Secrets in a plan: an endpoint URL with credentials is refused before anything runs, and a value read from an
/// environment variable (an API key, a header's <c>${NAME}</c>) reaches the provider and nothing else.
/// </summary>
public sealed class PlanSecretsTests : IAsyncLifetime
{
    private const string PlatformKeyVariable = "GAIEVAL_TEST_PLATFORM_KEY";
    private const string PlatformTokenVariable = "GAIEVAL_TEST_PLATFORM_TOKEN";
    private const string OpenAiKeyVariable = "GAIEVAL_TEST_CLOUD_KEY";

    private readonly TempFolder folder = new();
    private FakePlatformServer platform = null!;
    private FakeOpenAiServer cloud = null!;

    public async Task InitializeAsync()
    {
        platform = await FakePlatformServer.StartAsync();
        cloud = await FakeOpenAiServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await platform.DisposeAsync();
        await cloud.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task Validate_refuses_credentials_in_an_endpoint_with_exit_2_naming_the_line_and_field()
    {
        string plan = MiniScenario.Write(folder, 3, """
              - id: cloud
                method: cloud
                adapter: openai
                endpoint: http://user:pass@host/v1?key=abc
                model: gpt-test
            """);

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "validate", plan);

        Assert.True(cli.ExitCode == 2, cli.Output + cli.Error);
        Assert.Contains("plan.yaml:8: providers[0].endpoint:", cli.Error, StringComparison.Ordinal);
        Assert.Contains("api_key_env", cli.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("user:pass", cli.Output + cli.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("key=abc", cli.Output + cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_value_from_the_environment_reaches_the_database_the_reports_or_the_output()
    {
        string marker = $"GAIEVAL-ENV-MARKER-{Guid.NewGuid():N}";
        var environment = new Dictionary<string, string>
        {
            [PlatformKeyVariable] = marker + "-platform-key",
            [PlatformTokenVariable] = marker + "-platform-token",
            [OpenAiKeyVariable] = marker + "-cloud-key",
        };
        platform.RequiredApiKey = environment[PlatformKeyVariable];
        cloud.Faults = request => request.Number == 1 ? FakeOpenAiFault.UnauthorizedEchoingKey() : null;
        string plan = MiniScenario.Write(folder, 3, $$$"""
              - id: platform
                method: platform
                adapter: http
                endpoint: {{{platform.AskEndpoint}}}
                http:
                  headers: { X-Api-Key: "${{{{PlatformKeyVariable}}}}", Authorization: "Bearer ${{{{PlatformTokenVariable}}}}" }
                  body: '{"query": "{{prompt}}"}'
                  answer_path: data.answer
                limits: { retries: 0 }
                candidate: true
              - id: cloud
                method: cloud
                adapter: openai
                endpoint: {{{cloud.V1Endpoint}}}
                model: gpt-test
                api_key_env: {{{OpenAiKeyVariable}}}
                limits: { retries: 0 }
                candidate: true
            """);
        string db = folder.File("db", "results.db");

        using CliProcess run = await CliProcess.RunAsync(folder.Path, environment, "run", plan, "--db", db, "--out", folder.File("out"));
        string runId = Regex.Match(run.Output, @"実行ID: (\S+)").Groups[1].Value;
        using CliProcess report = await CliProcess.RunAsync(folder.Path, environment, "report", runId, "--db", db, "--out", folder.File("report"));

        // The values were really used: the platform accepted the key on every call, the cloud server received its key.
        Assert.True(run.ExitCode == 4, run.Output + run.Error); // the cloud's echoing 401 fails one item
        Assert.True(report.ExitCode == 0, report.Output + report.Error);
        Assert.Equal(3, platform.Asked.Count);
        Assert.All(platform.Received, r => Assert.Equal("Bearer " + environment[PlatformTokenVariable], r.Headers["Authorization"]));
        Assert.All(cloud.Requests, r => Assert.Equal(environment[OpenAiKeyVariable], r.SentKey));

        // ... and appear nowhere else: not in the console, the SQLite files, the reports; the stored plan keeps the names.
        Assert.DoesNotContain(marker, run.Output + run.Error + report.Output + report.Error, StringComparison.Ordinal);
        string[] files = [.. Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories)];
        Assert.Contains(files, f => f.EndsWith("results.db", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(Path.Combine("report", runId, "report.html"), StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(Path.Combine("report", runId, "analysis.json"), StringComparison.Ordinal));
        byte[] needle = Encoding.UTF8.GetBytes(marker);
        Assert.All(files, f => Assert.True(File.ReadAllBytes(f).AsSpan().IndexOf(needle) < 0, $"an environment value leaked into {f}"));
        byte[] database = File.ReadAllBytes(db);
        Assert.True(database.AsSpan().IndexOf(Encoding.UTF8.GetBytes("${" + PlatformKeyVariable + "}")) >= 0, "the snapshot keeps the header's reference");
    }
}
