namespace GaiEval.Cli.Commands;

using GaiEval.Cli.Console;

/// <summary>The command that resumes a run, with the database and output folder it used when they are not the defaults, quoted for the shell.</summary>
internal static class ResumeHint
{
    public static string For(string runId, string database, string output = CommonOptions.DefaultOutput)
    {
        List<string> words = ["gaieval", "run", "--resume", ShellQuote.Quote(runId)];
        if (database != CommonOptions.DefaultDatabase)
        {
            words.AddRange(["--db", ShellQuote.Quote(database)]);
        }

        if (output != CommonOptions.DefaultOutput)
        {
            words.AddRange(["--out", ShellQuote.Quote(output)]);
        }

        return string.Join(' ', words);
    }
}
