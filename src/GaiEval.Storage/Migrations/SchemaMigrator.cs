using System.Globalization;
using System.Reflection;
using Dapper;
using Microsoft.Data.Sqlite;

namespace GaiEval.Storage.Migrations;

/// <summary>
/// Applies the embedded <c>Migrations/NNNN_name.sql</c> scripts in order. The schema version is kept in
/// <c>PRAGMA user_version</c> (0 = empty database) and set in the same transaction as its script.
/// </summary>
internal static class SchemaMigrator
{
    private const string ResourcePrefix = "GaiEval.Storage.Migrations.";
    private const string ResourceSuffix = ".sql";

    public static IReadOnlyList<Migration> All { get; } = Load();

    public static int LatestVersion => All[^1].Version;

    public static async Task<int> ReadVersionAsync(
        SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
    {
        long version = await connection.ExecuteScalarAsync<long>(
            new CommandDefinition("PRAGMA user_version", transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return checked((int)version);
    }

    /// <summary>Applies each migration above the database's version up to <paramref name="targetVersion"/>, one transaction each.</summary>
    public static async Task MigrateAsync(SqliteConnection connection, int targetVersion, CancellationToken cancellationToken)
    {
        foreach (Migration migration in All.Where(migration => migration.Version <= targetVersion))
        {
            // BEGIN IMMEDIATE: a second process opening the same file waits here, then sees the new version.
            using SqliteTransaction transaction = connection.BeginTransaction(deferred: false);
            int current = await ReadVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            if (current >= migration.Version)
            {
                continue;
            }

            await connection.ExecuteAsync(
                new CommandDefinition(migration.Script, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            string setVersion = string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {migration.Version}");
            await connection.ExecuteAsync(
                new CommandDefinition(setVersion, transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            transaction.Commit();
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
