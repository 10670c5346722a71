using Dapper;
using GaiEval.Core.Results;
using GaiEval.Storage.Postgres;
using Npgsql;

namespace GaiEval.Tests.Storage.Engines;

/// <summary>A store in a fresh schema of the test class's PostgreSQL database.</summary>
public sealed class PostgresEngineStore(PostgresTestServer server) : EngineStore
{
    private string? connectionString;

    public override string Engine => "PostgreSQL";

    /// <summary>The schema's connection string; created on first use (skips when no server is configured).</summary>
    public async Task<string> ConnectionStringAsync() => connectionString ??= await server.NewSchemaAsync();

    public override async Task<IResultStore> OpenAsync() => await PostgresResultStore.OpenAsync(await ConnectionStringAsync());

    public override async Task<T> ScalarAsync<T>(string sql)
    {
        await using NpgsqlConnection connection = await OpenRawAsync();
        return (await connection.ExecuteScalarAsync<T>(sql))!;
    }

    public override async Task<IReadOnlyList<T>> QueryAsync<T>(string sql)
    {
        await using NpgsqlConnection connection = await OpenRawAsync();
        return [.. await connection.QueryAsync<T>(sql)];
    }

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<NpgsqlConnection> OpenRawAsync()
    {
        NpgsqlConnection connection = new(await ConnectionStringAsync());
        await connection.OpenAsync();
        return connection;
    }
}
