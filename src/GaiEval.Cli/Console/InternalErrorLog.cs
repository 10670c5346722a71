namespace GaiEval.Cli.Console;

using System.Globalization;

/// <summary>
/// An unexpected error: the whole exception goes to a log file under the temp folder (secrets blanked), the console gets
/// one Japanese line naming that file, and the exit code is 70 (never 1, which means NO-GO).
/// </summary>
internal static class InternalErrorLog
{
    /// <summary>Prints the one line for <paramref name="exception"/> and returns <see cref="ExitCodes.InternalError"/>.</summary>
    public static int Report(Exception exception)
    {
        System.Console.Error.WriteLine($"内部エラー: {Summary(exception)}。{Where(exception)}");
        return ExitCodes.InternalError;
    }

    /// <summary>The exception's type and message on one line, secrets blanked.</summary>
    public static string Summary(Exception exception) =>
        SecretScrubber.Scrub($"{exception.GetType().Name}: {exception.Message}", Environment.GetEnvironmentVariables()).ReplaceLineEndings(" ").TrimEnd('。', '.', ' ');

    /// <summary>Writes the log and says where it is, or that it could not be written.</summary>
    public static string Where(Exception exception)
    {
        try
        {
            return $"詳細はログ {Write(exception)} にあります。";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"詳細のログも書けませんでした（{e.GetType().Name}）。";
        }
    }

    /// <summary>Writes the full exception (secrets blanked) to <c>$TMPDIR/gaieval/internal-error-&lt;time&gt;-&lt;pid&gt;.log</c> and returns its path.</summary>
    public static string Write(Exception exception)
    {
        string folder = Path.Combine(Path.GetTempPath(), "gaieval");
        Directory.CreateDirectory(folder);
        string stamp = DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture);
        string path = Path.Combine(folder, $"internal-error-{stamp}-{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}.log");
        string text = $"""
            gaieval {typeof(InternalErrorLog).Assembly.GetName().Version} / .NET {Environment.Version} / {DateTimeOffset.UtcNow:O}
            コマンドライン: {Environment.CommandLine}

            {exception}

            """;
        File.WriteAllText(path, SecretScrubber.Scrub(text, Environment.GetEnvironmentVariables()));
        return path;
    }
}
