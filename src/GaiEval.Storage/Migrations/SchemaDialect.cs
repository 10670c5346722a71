using System.Data.Common;
using System.Text.RegularExpressions;

namespace GaiEval.Storage.Migrations;

/// <summary>
/// What one database engine does differently when the migrations are applied: the text of each named placeholder of the
/// scripts (<c>{{auto_id}}</c>, <c>{{insertion_order}}</c>), where the schema version is kept, and how a migration
/// keeps a second process out until it is committed.
/// </summary>
internal abstract partial class SchemaDialect
{
    public static SchemaDialect Sqlite { get; } = new SqliteSchemaDialect();

    public static SchemaDialect Postgres { get; } = new PostgresSchemaDialect();

    /// <summary>The text of each placeholder.</summary>
    protected abstract IReadOnlyDictionary<string, string> Placeholders { get; }

    /// <summary>The script with every placeholder filled in.</summary>
    /// <exception cref="InvalidOperationException">The script names a placeholder this engine does not know.</exception>
    public string Render(Migration migration) =>
        Placeholder().Replace(
            migration.Script,
            match => Placeholders.TryGetValue(match.Groups[1].Value, out string? text)
                ? text
                : throw new InvalidOperationException($"Migration {migration.Name} names the unknown placeholder {match.Value}."));

    /// <summary>The database's schema version; 0 for an empty database.</summary>
    public abstract Task<int> ReadVersionAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken);

    /// <summary>Begins the transaction of one migration; another process migrating the same database waits until it ends.</summary>
    public abstract Task<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Records, inside the migration's transaction, that the database is now at <paramref name="migration"/>'s version.</summary>
    public abstract Task SetVersionAsync(DbConnection connection, DbTransaction transaction, Migration migration, CancellationToken cancellationToken);

    [GeneratedRegex(@"\{\{([a-z_]+)\}\}")]
    private static partial Regex Placeholder();
}
