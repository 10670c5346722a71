namespace GaiEval.Tests.Support;

using System.Diagnostics;
using System.Text;

/// <summary>Debian's Chromium, headless, with no network chatter of its own and a fresh profile for every call.</summary>
public static class HeadlessChromium
{
    public const string Executable = "/usr/bin/chromium";

    /// <summary>Loads the page and returns the DOM after its scripts (if any) ran.</summary>
    public static async Task<string> DumpDomAsync(string htmlFile) => (await RunAsync(htmlFile, "--dump-dom")).Output;

    /// <summary>Loads the page and returns what it logged to the console, security-policy violations included (one per line).</summary>
    public static async Task<IReadOnlyList<string>> ConsoleMessagesAsync(string htmlFile)
    {
        string log = (await RunAsync(htmlFile, "--dump-dom", "--enable-logging=stderr", "--v=0")).Error;
        return [.. log.Split('\n').Where(line => line.Contains(":CONSOLE", StringComparison.Ordinal))];
    }

    /// <summary>Loads the page and writes a PNG screenshot of the given size.</summary>
    public static async Task<string> ScreenshotAsync(string htmlFile, string pngFile, int width = 1280, int height = 2400) =>
        (await RunAsync(htmlFile, $"--screenshot={pngFile}", $"--window-size={width},{height}")).Output;

    private static async Task<(string Output, string Error)> RunAsync(string htmlFile, params string[] extra)
    {
        Assert.True(File.Exists(Executable), $"{Executable} is missing: install Debian's chromium (.ci/run does)");
        string profile = Path.Combine(Path.GetTempPath(), "gaieval-chromium-" + Guid.NewGuid().ToString("N"));
        var info = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (string arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-quic", $"--user-data-dir={profile}",
        }.Concat(extra))
        {
            info.ArgumentList.Add(arg);
        }

        info.ArgumentList.Add(new Uri(htmlFile).AbsoluteUri);
        try
        {
            using Process process = Process.Start(info)!;
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode == 0, $"chromium exited with {process.ExitCode}: {await error}");
            return (await output, await error);
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still hold a lock file for a moment; the temp folder is cleaned later.
            }
        }
    }
}
