namespace GaiEval.Tests.Support;

using System.Diagnostics;
using System.Globalization;
using System.Text;

/// <summary>Runs the real gaieval command (the built Cli assembly) as a child process.</summary>
public sealed class CliProcess : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder error = new();

    private CliProcess(Process process)
    {
        this.process = process;
    }

    /// <summary>
    /// The Cli project's own build output (same configuration and framework as the tests). The copy in the test output
    /// cannot run alone: the tests' ASP.NET framework reference leaves out libraries the command needs.
    /// </summary>
    public static string CliAssembly { get; } = FindCliAssembly();

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (error)
            {
                return error.ToString();
            }
        }
    }

    public int ExitCode => process.ExitCode;

    public static CliProcess Start(string workingDirectory, params string[] args) => Start(workingDirectory, environment: null, args);

    public static CliProcess Start(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        Start(["dotnet", CliAssembly], workingDirectory, environment, args);

    /// <summary>Runs another build of the command to the end (at most two minutes): <paramref name="executable"/> is started directly.</summary>
    public static async Task<CliProcess> RunExecutableAsync(string executable, string workingDirectory, params string[] args)
    {
        CliProcess cli = Start([executable], workingDirectory, environment: null, args);
        await cli.WaitAsync(TimeSpan.FromMinutes(2));
        return cli;
    }

    private static CliProcess Start(string[] program, string workingDirectory, IReadOnlyDictionary<string, string>? environment, string[] args)
    {
        var info = new ProcessStartInfo(program[0])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        // The sample plan's key-gated judge and candidates must not reach a real service from a developer's shell.
        // Nor may a developer's GAIEVAL_DB send a test's store elsewhere: a test that wants it passes it in environment.
        foreach (string key in new[] { "OPENAI_API_KEY", "AZURE_OPENAI_API_KEY", "PLATFORM_API_KEY", "GAIEVAL_DB" })
        {
            info.Environment.Remove(key);
        }

        // What the command leaves in TMPDIR (the log of an internal error a test causes on purpose) goes to a folder of this
        // process, removed when it ends, not to the developer's own /tmp/gaieval. A test that reads it passes its own TMPDIR.
        string temp = Path.Combine(Path.GetTempPath(), "gaieval-tests", "cli-tmp-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
        info.Environment["TMPDIR"] = temp;
        foreach ((string name, string value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        foreach (string arg in program[1..].Concat(args))
        {
            info.ArgumentList.Add(arg);
        }

        var cli = new CliProcess(new Process { StartInfo = info, EnableRaisingEvents = true });
        cli.process.Exited += (_, _) => Directory.Delete(temp, recursive: true);
        cli.process.OutputDataReceived += (_, e) => Append(cli.output, e.Data);
        cli.process.ErrorDataReceived += (_, e) => Append(cli.error, e.Data);
        cli.process.Start();
        cli.process.BeginOutputReadLine();
        cli.process.BeginErrorReadLine();
        return cli;
    }

    /// <summary>Runs to the end (at most two minutes) and returns the finished process.</summary>
    public static Task<CliProcess> RunAsync(string workingDirectory, params string[] args) => RunAsync(workingDirectory, environment: null, args);

    public static async Task<CliProcess> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        CliProcess cli = Start(workingDirectory, environment, args);
        await cli.WaitAsync(TimeSpan.FromMinutes(2));
        return cli;
    }

    public async Task WaitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cts.Token);
        process.WaitForExit();
    }

    public bool HasExited => process.HasExited;

    /// <summary>SIGTERM, as a service manager or <c>kill</c> sends it: the command's own stop handling runs.</summary>
    public Task TerminateAsync() => SignalAsync("TERM");

    /// <summary>SIGINT, what Ctrl+C sends.</summary>
    public Task InterruptAsync() => SignalAsync("INT");

    /// <summary>SIGKILL: no handler runs, nothing is flushed.</summary>
    public void Kill() => process.Kill(entireProcessTree: true);

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    /// <summary>Sends the signal with kill(1) (Linux, macOS).</summary>
    private async Task SignalAsync(string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-" + signal, process.Id.ToString(CultureInfo.InvariantCulture) } })!;
        await kill.WaitForExitAsync();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -{signal} {process.Id} failed with exit code {kill.ExitCode}");
        }
    }

    private static string FindCliAssembly()
    {
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string configuration = framework.Parent!.Name;
        string path = Path.Combine(RepositoryPaths.Root(), "src", "GaiEval.Cli", "bin", configuration, framework.Name, "gaieval.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the Cli project first: {path} is missing.", path);
    }

    private static void Append(StringBuilder builder, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (builder)
        {
            builder.AppendLine(line);
        }
    }
}
