namespace GaiEval.Cli.Commands;

using GaiEval.Cli.Console;
using GaiEval.Core.Inputs;
using GaiEval.Core.Rounds;
using GaiEval.Storage.Location;

/// <summary>The command that resumes a run, with the database (never its password) and output folder it used when they are not the defaults, quoted for the shell.</summary>
internal static class ResumeHint
{
    public static string For(string runId, string? database, string output = CommonOptions.DefaultOutput) =>
        Command(["gaieval", "run", "--resume", runId], database, ("--out", output, CommonOptions.DefaultOutput));

    /// <summary>A round resumes through the same <c>gaieval round run</c> command, with its --dir and --db when not the defaults.</summary>
    public static string ForRound(string name, string plan, string submissions, string dir, string? database) =>
        Command(["gaieval", "round", "run", name, "--plan", plan, "--submissions", submissions], database, ("--dir", dir, RoundFolder.DefaultParent));

    /// <summary>A PostgreSQL location with all its settings but the password (resuming takes it from PGPASSWORD or ~/.pgpass); a path as given.</summary>
    private static string Shown(string database)
    {
        try
        {
            StoreLocation location = StoreLocation.Parse(database, "--db");
            return location.Engine == StoreEngine.Postgres ? location.WithoutPassword : database;
        }
        catch (InputException)
        {
            return database;
        }
    }

    private static string Command(string[] words, string? database, (string Name, string Value, string Default) folder)
    {
        List<string> quoted = [.. words.Take(2), .. words.Skip(2).Select(w => w.StartsWith("--", StringComparison.Ordinal) ? w : ShellQuote.Quote(w))];
        if (database is not null && database != CommonOptions.DefaultDatabase)
        {
            quoted.AddRange(["--db", ShellQuote.Quote(Shown(database))]);
        }

        if (folder.Value != folder.Default)
        {
            quoted.AddRange([folder.Name, ShellQuote.Quote(folder.Value)]);
        }

        return string.Join(' ', quoted);
    }
}
