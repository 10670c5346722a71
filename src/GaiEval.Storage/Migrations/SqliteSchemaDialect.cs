using System.Data.Common;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace GaiEval.Storage.Migrations;

/// <summary>SQLite: the version in <c>PRAGMA user_version</c>, BEGIN IMMEDIATE for a migration, rowid for insertion order.</summary>
internal sealed class SqliteSchemaDialect : SchemaDialect
{
    protected override IReadOnlyDictionary<string, string> Placeholders { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // An alias of the rowid: SQLite numbers it.
        ["auto_id"] = "INTEGER NOT NULL PRIMARY KEY",
        ["insertion_order"] = "-- rowid",
    };

    public override async Task<int> ReadVersionAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        long version = await connection.ExecuteScalarAsync<long>("PRAGMA user_version", new { cancellationToken }, transaction).ConfigureAwait(false);
        return checked((int)version);
    }

    // BEGIN IMMEDIATE: a second process opening the same file waits here, then sees the new version.
    public override Task<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    public override Task SetVersionAsync(DbConnection connection, DbTransaction transaction, Migration migration, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {migration.Version}"), transaction: transaction);
}
