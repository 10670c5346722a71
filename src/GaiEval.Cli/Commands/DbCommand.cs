namespace GaiEval.Cli.Commands;

using System.CommandLine;

/// <summary><c>gaieval db status</c>: the result store's engine, location and schema.</summary>
internal static class DbCommand
{
    public static Command Create() => new("db", "結果データベース（SQLite または PostgreSQL）の状態を表示します。")
    {
        DbStatusCommand.Create(),
    };
}
