namespace GaiEval.Cli.Commands;

using System.CommandLine;

/// <summary>Options several commands share.</summary>
internal static class CommonOptions
{
    public const string DefaultDatabase = "reports/gaieval.db";
    public const string DefaultOutput = "reports";

    public static Option<string> Database() => new("--db")
    {
        Description = "結果データベース（SQLite）のパス",
        HelpName = "PATH",
        DefaultValueFactory = _ => DefaultDatabase,
    };

    public static Option<string> Output() => new("--out")
    {
        Description = "レポートの出力先。実行IDごとのフォルダーが作られます",
        HelpName = "DIR",
        DefaultValueFactory = _ => DefaultOutput,
    };

    public static Argument<string> RunId() => new("RUN_ID") { Description = "実行ID（gaieval runs で一覧）" };
}
