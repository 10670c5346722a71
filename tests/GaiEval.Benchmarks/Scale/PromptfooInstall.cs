namespace GaiEval.Benchmarks.Scale;

using System.Diagnostics;
using System.Text.Json;

/// <summary>
/// promptfoo 0.118 installed with npm into a folder of its own outside the repository (by default
/// <c>~/.cache/gaieval-benchmarks/promptfoo-0.118</c>). Its better-sqlite3 is held at version 12, which runs on node 20
/// (13 crashes there), and no browser is downloaded for its Playwright dependency.
/// </summary>
public sealed class PromptfooInstall(string folder)
{
    private const string Version = "~0.118.0";
    private const string BetterSqlite = "12.4.1";

    public string Folder { get; } = folder;

    /// <summary>promptfoo's command, run with node directly so that no npx process is measured.</summary>
    public string MainScript => Path.Combine(Folder, "node_modules", "promptfoo", "dist", "src", "main.js");

    public bool IsInstalled => File.Exists(MainScript);

    public static string DefaultFolder =>
        Path.Combine(
            Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } cache
                ? cache
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"),
            "gaieval-benchmarks",
            "promptfoo-0.118");

    /// <summary>The version npm installed, from promptfoo's package.json (reading it starts no process).</summary>
    public string InstalledVersion()
    {
        using JsonDocument package = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "node_modules", "promptfoo", "package.json")));
        return package.RootElement.GetProperty("version").GetString() ?? "?";
    }

    /// <summary>Writes the folder's package.json and runs <c>npm install</c> there, its output shown as it comes; returns npm's exit code.</summary>
    public async Task<int> InstallAsync()
    {
        Directory.CreateDirectory(Folder);
        var package = new Dictionary<string, object>
        {
            ["name"] = "gaieval-promptfoo-benchmark",
            ["private"] = true,
            ["dependencies"] = new Dictionary<string, string> { ["promptfoo"] = Version },
            ["overrides"] = new Dictionary<string, string> { ["better-sqlite3"] = BetterSqlite },
        };
        await File.WriteAllTextAsync(Path.Combine(Folder, "package.json"), JsonSerializer.Serialize(package, new JsonSerializerOptions { WriteIndented = true }));
        var info = new ProcessStartInfo("npm") { WorkingDirectory = Folder };
        foreach (string argument in new[] { "install", "--no-audit", "--no-fund", "--omit=optional" })
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD"] = "1";
        info.Environment["PUPPETEER_SKIP_DOWNLOAD"] = "1";
        using Process npm = Process.Start(info)!;
        await npm.WaitForExitAsync();
        return npm.ExitCode;
    }
}
