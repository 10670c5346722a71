namespace GaiEval.Cli.Commands;

using System.CommandLine;
using System.Globalization;
using GaiEval.Cli.Console;
using GaiEval.Core.Inputs;
using GaiEval.Storage;
using GaiEval.Storage.Location;
using GaiEval.Storage.Postgres;

/// <summary><c>gaieval db status [--db …]</c>: engine, location, schema version and pending migrations; changes nothing.</summary>
internal static class DbStatusCommand
{
    public static Command Create()
    {
        Option<string?> db = CommonOptions.Database();
        var command = new Command(
            "status",
            "結果データベースのエンジン、場所（パスワードは表示しません）、スキーマの版と未適用の移行を表示します。何も変更しません。" +
            "移行は、コマンドがデータベースを開くときに自動で適用されます。")
        {
            db,
        };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                StoreLocation location = StoreOpener.Locate(parse.GetValue(db));
                SchemaStatus status;
                try
                {
                    status = await SchemaStatusReader.ReadAsync(location, ct);
                }
                catch (StoreConnectionException e)
                {
                    throw new InputException(location.Display, 0, "--db", e.Message);
                }

                foreach (string line in Lines(status))
                {
                    System.Console.WriteLine(line);
                }

                return ExitCodes.Done;
            }
            catch (InputException e)
            {
                return ErrorPrinter.BadInput(e);
            }
        });
        return command;
    }

    internal static IEnumerable<string> Lines(SchemaStatus status)
    {
        yield return $"エンジン: {(status.Engine == StoreEngine.Sqlite ? "SQLite" : "PostgreSQL")}";
        yield return $"場所: {status.Location}{(status.Exists ? string.Empty : "（ファイルはまだありません。最初に書き込むコマンドが作ります）")}";
        yield return string.Create(CultureInfo.InvariantCulture, $"スキーマの版: {status.Version}（この GaiEval の最新: {status.LatestVersion}）");
        if (status.Newer)
        {
            yield return "このデータベースは新しい GaiEval で書かれています。この版では開けません。GaiEval を更新してください。";
            yield break;
        }

        yield return status.Pending.Count == 0
            ? "未適用の移行: なし"
            : $"未適用の移行: {status.Pending.Count} 件（{string.Join("、", status.Pending)}）";
        yield return "移行は、コマンドがデータベースを開くときに自動で適用します（db status は何も変更しません）。";
    }
}
