namespace GaiEval.Tests.Cli.Aot;

using System.Diagnostics;
using GaiEval.Tests.Support;

/// <summary>
/// The Native AOT executable as a user publishes it (<c>dotnet publish src/GaiEval.Cli -c Release -r linux-x64</c>), made once
/// for the test class in a temporary folder. Publishing takes minutes, so it happens only when <c>GAIEVAL_TEST_AOT=1</c>
/// (.ci/run sets it); <c>GAIEVAL_TEST_AOT=PATH/gaieval</c> tests an executable already published; otherwise the tests skip.
/// </summary>
public sealed class AotPublish : IAsyncLifetime
{
    public const string Variable = "GAIEVAL_TEST_AOT";

    private static readonly string? Setting = Environment.GetEnvironmentVariable(Variable);

    private readonly TempFolder folder = new();
    private string? failure;

    public static bool Enabled => Setting == "1" || Published is not null;

    private static string? Published => Setting is { Length: > 1 } path && File.Exists(path) ? Path.GetFullPath(path) : null;

    /// <summary>The published gaieval executable; skips the test when publishing is not asked for.</summary>
    public string Executable
    {
        get
        {
            Skip.IfNot(Enabled, $"{Variable} is neither 1 nor a published gaieval: the Native AOT publish tests are skipped (publishing takes minutes; .ci/run sets {Variable}=1).");
            Assert.True(failure is null, failure);
            return Published ?? folder.File("publish", "gaieval");
        }
    }

    public async Task InitializeAsync()
    {
        if (Setting != "1")
        {
            return;
        }

        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            ArgumentList =
            {
                "publish", Path.Combine(RepositoryPaths.Root(), "src", "GaiEval.Cli"), "-c", "Release", "-r", "linux-x64",
                "-o", folder.File("publish"), "-nologo",
            },
        };
        // dotnet test runs the tests with the test run's MSBuild settings in the environment; the publish must start afresh.
        foreach (string name in info.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(name);
        }

        using Process publish = Process.Start(info)!;
        Task<string> output = publish.StandardOutput.ReadToEndAsync();
        Task<string> error = publish.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(20));
        await publish.WaitForExitAsync(timeout.Token);
        if (publish.ExitCode != 0)
        {
            failure = $"dotnet publish -r linux-x64 exited with {publish.ExitCode}:\n{await output}\n{await error}";
        }
    }

    public Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }
}
