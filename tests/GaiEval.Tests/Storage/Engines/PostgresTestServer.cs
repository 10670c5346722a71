using Dapper;
using Npgsql;

namespace GaiEval.Tests.Storage.Engines;

/// <summary>
/// A database of its own, for one test class, on the server named by <c>GAIEVAL_TEST_POSTGRES</c> (.ci/postgres-start
/// starts one); each test gets a fresh schema in it. Without the variable the tests skip, unless <c>CI</c> is set: there
/// they fail, so that a CI run never passes without having tested PostgreSQL.
/// </summary>
public sealed class PostgresTestServer : IAsyncLifetime
{
    public const string Variable = "GAIEVAL_TEST_POSTGRES";

    private readonly string? server = Environment.GetEnvironmentVariable(Variable);
    private readonly string database = $"gaieval_test_{Guid.NewGuid():N}";

    /// <summary>The connection string of the class's database; skips (or, in CI, fails) when no server is configured.</summary>
    public string ConnectionString
    {
        get
        {
            if (string.IsNullOrWhiteSpace(server))
            {
                if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
                {
                    throw new InvalidOperationException($"CI is set but {Variable} is not: the PostgreSQL store tests must run in CI (.ci/run starts a server).");
                }

                Skip.If(true, $"{Variable} is not set: the PostgreSQL store tests are skipped (start a server with .ci/postgres-start FOLDER and export its output as {Variable}).");
            }

            return new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        }
    }

    /// <summary>A new empty schema of the class's database, and the connection string that works in it.</summary>
    public async Task<string> NewSchemaAsync()
    {
        string schema = $"t_{Guid.NewGuid():N}";
        await using NpgsqlConnection connection = new(ConnectionString);
        await connection.OpenAsync();
        await connection.ExecuteAsync($"CREATE SCHEMA {schema}");
        return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ConnectionString;
    }

    public async Task InitializeAsync()
    {
        if (string.IsNullOrWhiteSpace(server))
        {
            return;
        }

        await using NpgsqlConnection connection = new(server);
        await connection.OpenAsync();
        await connection.ExecuteAsync($"CREATE DATABASE {database}");
    }

    public async Task DisposeAsync()
    {
        if (string.IsNullOrWhiteSpace(server))
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using NpgsqlConnection connection = new(server);
        await connection.OpenAsync();
        await connection.ExecuteAsync($"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
    }
}
