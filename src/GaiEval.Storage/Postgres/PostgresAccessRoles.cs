using Dapper;
using Npgsql;

namespace GaiEval.Storage.Postgres;

/// <summary>
/// The script that makes the group roles gaieval_team, gaieval_manager and gaieval_vendor and the row-level security that
/// keeps each vendor to its own providers' rows (Postgres/AccessRoles.sql). It is not a migration: roles belong to the
/// whole server and need CREATEROLE, which the role running GaiEval day to day should not have, and the schema version stays
/// the same on SQLite and PostgreSQL.
/// </summary>
public static class PostgresAccessRoles
{
    private const string ResourceName = "GaiEval.Storage.Postgres.AccessRoles.sql";

    /// <summary>The script, as printed by <c>gaieval db roles</c>.</summary>
    public static string Script { get; } = Load();

    /// <summary>Brings the schema to the latest version, then runs the script in it, in one transaction.</summary>
    /// <exception cref="StoreConnectionException">The server cannot be reached or refuses the login.</exception>
    /// <exception cref="PostgresException">The server refused the script (e.g. the role may not create roles).</exception>
    public static async Task ApplyAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await (await PostgresResultStore.OpenAsync(connectionString, cancellationToken).ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);

        NpgsqlConnection connection = new(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            NpgsqlTransaction transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await connection.ExecuteAsync(Script, transaction: transaction).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static string Load()
    {
        using Stream stream = typeof(PostgresAccessRoles).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using StreamReader reader = new(stream);
        return reader.ReadToEnd();
    }
}
