namespace GaiEval.Cli.Commands;

using System.CommandLine;
using GaiEval.Core.Rounds;

/// <summary>Options the round commands share.</summary>
internal static class RoundOptions
{
    /// <summary><c>--dir</c> (also <c>--out</c>): where the rounds' folders are.</summary>
    public static Option<string> Folder() => new("--dir", "--out")
    {
        Description = $"回のフォルダのある場所（既定 {RoundFolder.DefaultParent}）",
        HelpName = "DIR",
        DefaultValueFactory = _ => RoundFolder.DefaultParent,
    };
}
