namespace GaiEval.Cli.Commands;

using GaiEval.Core.Inputs;
using GaiEval.Storage;
using GaiEval.Storage.Location;
using GaiEval.Storage.Postgres;

/// <summary>
/// Opens a PostgreSQL store. Apart from <see cref="StoreOpener"/> so that compiling the opener does not load Npgsql (and what
/// it needs) into a process that works on an SQLite file.
/// </summary>
internal static class PostgresStoreOpener
{
    /// <exception cref="InputException">The server refuses or cannot be reached.</exception>
    public static async Task<IEvalStore> OpenAsync(StoreLocation location, CancellationToken cancellationToken)
    {
        try
        {
            return await PostgresResultStore.OpenAsync(location.Target, cancellationToken);
        }
        catch (StoreConnectionException e)
        {
            throw new InputException(location.Display, 0, "--db", e.Message);
        }
    }
}
