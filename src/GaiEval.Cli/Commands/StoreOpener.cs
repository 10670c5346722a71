namespace GaiEval.Cli.Commands;

using GaiEval.Core.Inputs;
using GaiEval.Storage;

/// <summary>Opens the result store; for commands that read stored runs, a missing database is bad input, not a new file.</summary>
internal static class StoreOpener
{
    public static Task<SqliteResultStore> OpenExistingAsync(string path, CancellationToken cancellationToken) =>
        File.Exists(path)
            ? SqliteResultStore.OpenAsync(path, cancellationToken)
            : throw new InputException(path, 0, "--db", "データベースがありません。先に gaieval run を実行するか、--db でパスを指定してください。");
}
