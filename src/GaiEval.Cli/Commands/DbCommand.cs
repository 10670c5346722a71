namespace GaiEval.Cli.Commands;

using System.CommandLine;

/// <summary><c>gaieval db status</c> and <c>gaieval db copy</c>.</summary>
internal static class DbCommand
{
    public static Command Create() => new("db", "結果データベース（SQLite または PostgreSQL）の状態を表示し、実行を別のデータベースへコピーします。")
    {
        DbStatusCommand.Create(),
        DbCopyCommand.Create(),
    };
}
