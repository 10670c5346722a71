namespace GaiEval.Cli.Commands;

using GaiEval.Core.Inputs;
using GaiEval.Storage;
using GaiEval.Storage.Location;

/// <summary>
/// Opens the result store a command's <c>--db</c> (else <c>GAIEVAL_DB</c>, else the default file) names, in SQLite or
/// PostgreSQL. A server that cannot be reached is bad input naming host and database; for commands that read stored runs,
/// a missing SQLite file is bad input, not a new file.
/// </summary>
internal static class StoreOpener
{
    /// <summary>Where the store is: <paramref name="option"/> (the --db value) when given, else GAIEVAL_DB, else the default file.</summary>
    /// <exception cref="InputException">The text names no location GaiEval can open.</exception>
    public static StoreLocation Locate(string? option) =>
        StoreLocation.Resolve(option, Environment.GetEnvironmentVariable(StoreLocation.EnvironmentVariable), CommonOptions.DefaultDatabase);

    /// <summary>Opens the store, creating the SQLite file or the PostgreSQL tables when missing.</summary>
    public static Task<IEvalStore> OpenAsync(string? option, CancellationToken cancellationToken) =>
        OpenAsync(Locate(option), create: true, cancellationToken);

    /// <summary>Opens a store that must already hold runs (a missing SQLite file is bad input).</summary>
    public static Task<IEvalStore> OpenExistingAsync(string? option, CancellationToken cancellationToken) =>
        OpenAsync(Locate(option), create: false, cancellationToken);

    /// <exception cref="InputException">The SQLite file is missing (when not <paramref name="create"/>), or the PostgreSQL server refuses or cannot be reached.</exception>
    public static async Task<IEvalStore> OpenAsync(StoreLocation location, bool create, CancellationToken cancellationToken)
    {
        if (location.Engine == StoreEngine.Sqlite)
        {
            return create || File.Exists(location.Target)
                ? await SqliteResultStore.OpenAsync(location.Target, cancellationToken)
                : throw new InputException(location.Target, 0, "--db", "データベースがありません。先に gaieval run を実行するか、--db でパスを指定してください。");
        }

        return await PostgresStoreOpener.OpenAsync(location, cancellationToken);
    }

    /// <summary>
    /// The location as a file may record it to open the same store later: the SQLite file's full path, or the PostgreSQL
    /// connection string without its password (which then comes from PGPASSWORD or ~/.pgpass, never from a file GaiEval writes).
    /// </summary>
    public static string Recordable(StoreLocation location) =>
        location.Engine == StoreEngine.Sqlite ? Path.GetFullPath(location.Target) : location.WithoutPassword;

    /// <summary>
    /// Where the secret that hashes staff ids is kept: beside the SQLite file; for a PostgreSQL database, in the default
    /// output folder under a name made of host, port and database (the secret never goes into the shared database).
    /// </summary>
    public static string StaffKeyBase(IEvalStore store) => store is SqliteResultStore sqlite
        ? sqlite.DatabasePath
        : Path.Combine(CommonOptions.DefaultOutput, "postgres-" + string.Concat(store.Location.Replace("postgres://", string.Empty, StringComparison.Ordinal)
            .Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')));
}
