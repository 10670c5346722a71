namespace GaiEval.Cli.Commands;

using System.CommandLine;

/// <summary><c>gaieval db status</c>, <c>db copy</c> and <c>db roles</c>.</summary>
internal static class DbCommand
{
    public static Command Create() => new("db", "結果データベース（SQLite または PostgreSQL）の状態を表示し、実行を別のデータベースへコピーし、PostgreSQL の役割を扱います。")
    {
        DbStatusCommand.Create(),
        DbCopyCommand.Create(),
        DbRolesCommand.Create(),
    };
}
