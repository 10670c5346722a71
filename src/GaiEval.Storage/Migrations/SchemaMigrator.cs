using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Dapper;
using Microsoft.Data.Sqlite;

namespace GaiEval.Storage.Migrations;

/// <summary>
/// Applies the embedded <c>Migrations/NNNN_name.sql</c> scripts in order, to SQLite or PostgreSQL (<see cref="SchemaDialect"/>
/// fills in the engine's placeholders). The schema version (0 = empty database) is set in the same transaction as its script.
/// </summary>
internal static class SchemaMigrator
{
    private const string ResourcePrefix = "GaiEval.Storage.Migrations.";
    private const string ResourceSuffix = ".sql";

    public static IReadOnlyList<Migration> All { get; } = Load();

    public static int LatestVersion => All[^1].Version;

    public static Task<int> ReadVersionAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken) =>
        SchemaDialect.Sqlite.ReadVersionAsync(connection, transaction, cancellationToken);

    public static Task MigrateAsync(SqliteConnection connection, int targetVersion, CancellationToken cancellationToken) =>
        MigrateAsync(connection, SchemaDialect.Sqlite, targetVersion, cancellationToken);

    /// <summary>Applies each migration above the database's version up to <paramref name="targetVersion"/>, one transaction each.</summary>
    public static async Task MigrateAsync(DbConnection connection, SchemaDialect dialect, int targetVersion, CancellationToken cancellationToken)
    {
        foreach (Migration migration in All.Where(migration => migration.Version <= targetVersion))
        {
            DbTransaction transaction = await dialect.BeginMigrationAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                int current = await dialect.ReadVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
                if (current >= migration.Version)
                {
                    continue;
                }

                await connection.ExecuteAsync(dialect.Render(migration), transaction: transaction).ConfigureAwait(false);
                await dialect.SetVersionAsync(connection, transaction, migration, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static List<Migration> Load()
    {
        Assembly assembly = typeof(SchemaMigrator).Assembly;
        List<Migration> migrations =
        [
            .. assembly.GetManifestResourceNames()
                .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(ResourceSuffix, StringComparison.Ordinal))
                .Select(name => Read(assembly, name))
                .OrderBy(migration => migration.Version),
        ];

        for (int i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException(
                    $"Embedded migrations must be numbered 1..n without gaps; found {string.Join(", ", migrations.Select(m => m.Name))}.");
            }
        }

        return migrations.Count > 0 ? migrations : throw new InvalidOperationException("No embedded migrations found.");
    }

    private static Migration Read(Assembly assembly, string resourceName)
    {
        string name = resourceName[ResourcePrefix.Length..^ResourceSuffix.Length];
        int separator = name.IndexOf('_', StringComparison.Ordinal);
        if (separator <= 0 || !int.TryParse(name[..separator], NumberStyles.None, CultureInfo.InvariantCulture, out int version))
        {
            throw new InvalidOperationException($"Migration resource '{resourceName}' is not named NNNN_name.sql.");
        }

        using Stream stream = assembly.GetManifestResourceStream(resourceName)!;
        using StreamReader reader = new(stream);
        return new Migration(version, name, reader.ReadToEnd());
    }
}
