namespace GaiEval.Cli.Commands;

using System.CommandLine;

/// <summary><c>gaieval db status</c>: the result store's engine, location and schema; <c>gaieval db roles</c>: its PostgreSQL roles.</summary>
internal static class DbCommand
{
    public static Command Create() => new("db", "結果データベース（SQLite または PostgreSQL）の状態と、PostgreSQL の役割を扱います。")
    {
        DbStatusCommand.Create(),
        DbRolesCommand.Create(),
    };
}
