namespace GaiEval.Tests.Support;

using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

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

    /// <summary>
    /// Lays the page out in a window <paramref name="width"/> pixels wide and returns what <paramref name="measure"/> (a
    /// JavaScript expression, run after the page's own content) evaluates to, as JSON. The page is measured from a copy beside
    /// it without its security policy, so that the measuring script may run; the page itself is not changed.
    /// </summary>
    public static async Task<JsonElement> MeasureAsync(string htmlFile, string measure, int width = 1280, int height = 900)
    {
        string copy = Path.Combine(Path.GetDirectoryName(htmlFile)!, $"measure-{Guid.NewGuid():N}.html");
        string html = Regex.Replace(await File.ReadAllTextAsync(htmlFile), "<meta http-equiv=\"Content-Security-Policy\"[^>]*>", string.Empty);
        string script = $"<pre id=\"gaieval-measure\"></pre><script>document.getElementById('gaieval-measure').textContent = JSON.stringify({measure});</script>";
        int end = html.LastIndexOf("</body>", StringComparison.Ordinal);
        await File.WriteAllTextAsync(copy, html.Insert(end < 0 ? html.Length : end, script));
        try
        {
            string dom = (await RunAsync(copy, "--dump-dom", $"--window-size={width},{height}")).Output;
            Match result = Regex.Match(dom, "<pre id=\"gaieval-measure\">(.*?)</pre>", RegexOptions.Singleline);
            Assert.True(result.Success && result.Groups[1].Length > 0, "the measuring script did not run");
            return JsonDocument.Parse(WebUtility.HtmlDecode(result.Groups[1].Value)).RootElement.Clone();
        }
        finally
        {
            File.Delete(copy);
        }
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
