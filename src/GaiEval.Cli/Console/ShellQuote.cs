namespace GaiEval.Cli.Console;

using System.Buffers;

/// <summary>Quotes a word for a POSIX shell, so a printed command can be pasted as it is.</summary>
internal static class ShellQuote
{
    private static readonly SearchValues<char> Plain =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-./:=@%+,");

    /// <summary>The word as it is when it needs no quotes, else in single quotes (a quote inside as <c>'\''</c>).</summary>
    public static string Quote(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length > 0 && !word.AsSpan().ContainsAnyExcept(Plain) ? word : "'" + word.Replace("'", @"'\''", StringComparison.Ordinal) + "'";
    }
}
