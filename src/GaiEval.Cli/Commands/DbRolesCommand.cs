namespace GaiEval.Cli.Commands;

using System.CommandLine;
using GaiEval.Cli.Console;
using GaiEval.Core.Inputs;
using GaiEval.Storage.Location;
using GaiEval.Storage.Postgres;
using Npgsql;

/// <summary>
/// <c>gaieval db roles [--apply] [--db …]</c>: prints the SQL that makes the PoC team, manager and vendor roles and the
/// row-level security of a PostgreSQL schema, or runs it there.
/// </summary>
internal static class DbRolesCommand
{
    public static Command Create()
    {
        Option<string?> db = CommonOptions.Database();
        Option<bool> apply = new("--apply")
        {
            Description = "表示する代わりに、--db の PostgreSQL のスキーマで実行します（役割を作れる CREATEROLE の権限と、表の所有者であることが要ります）",
        };
        var command = new Command(
            "roles",
            "PostgreSQL の役割（gaieval_team: すべて / gaieval_manager: 読むだけ / gaieval_vendor: 自社の回答・採点だけ）と" +
            "行レベルセキュリティを作る SQL を表示します。SQLite では使えません。")
        {
            db,
            apply,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (!parse.GetValue(apply))
            {
                System.Console.Write(PostgresAccessRoles.Script);
                return ExitCodes.Done;
            }

            try
            {
                StoreLocation location = StoreOpener.Locate(parse.GetValue(db));
                await ApplyAsync(location, ct);
                System.Console.WriteLine($"{location.Display} に役割 gaieval_team・gaieval_manager・gaieval_vendor と行レベルセキュリティを設定しました。");
                System.Console.WriteLine("ログインする役割をどれかに GRANT し、ベンダーの役割は vendor_providers に実行IDと提供先IDを登録してください。");
                return ExitCodes.Done;
            }
            catch (InputException e)
            {
                return ErrorPrinter.BadInput(e);
            }
        });
        return command;
    }

    /// <exception cref="InputException">The store is SQLite, cannot be reached, or the server refused the script.</exception>
    private static async Task ApplyAsync(StoreLocation location, CancellationToken cancellationToken)
    {
        if (location.Engine != StoreEngine.Postgres)
        {
            throw new InputException(location.Display, 0, "--db", "SQLite には役割と行レベルセキュリティがありません。--apply は PostgreSQL のデータベースにだけ使えます");
        }

        try
        {
            await PostgresAccessRoles.ApplyAsync(location.Target, cancellationToken);
        }
        catch (StoreConnectionException e)
        {
            throw new InputException(location.Display, 0, "--db", e.Message);
        }
        catch (PostgresException e)
        {
            throw new InputException(location.Display, 0, "--db", $"サーバーが役割の設定を拒みました（{e.SqlState}: {e.MessageText}）。何も変えていません。CREATEROLE の権限を持ち、表を所有する役割で実行してください");
        }
    }
}
