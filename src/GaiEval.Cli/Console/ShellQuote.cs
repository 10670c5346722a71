namespace GaiEval.Cli.Console;

using System.Buffers;

/// <summary>Quotes a word for a POSIX shell, so a printed command can be pasted as it is.</summary>
internal static class ShellQuote
{
    /// <summary>What a shell would split at, expand or treat as syntax (Japanese and other letters are plain).</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(" \t\r\n'\"\\`$|&;<>()*?[]{}#~!^");

    /// <summary>The word as it is when it needs no quotes, else in single quotes (a quote inside as <c>'\''</c>).</summary>
    public static string Quote(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Length > 0 && !word.AsSpan().ContainsAny(Special) ? word : "'" + word.Replace("'", @"'\''", StringComparison.Ordinal) + "'";
    }
}
