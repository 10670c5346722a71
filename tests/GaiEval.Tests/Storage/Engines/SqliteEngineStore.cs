using GaiEval.Core.Results;
using GaiEval.Storage;
using GaiEval.Tests.Support;

namespace GaiEval.Tests.Storage.Engines;

/// <summary>A store in a new SQLite file of a temporary folder.</summary>
public sealed class SqliteEngineStore : EngineStore
{
    private readonly TempFolder folder = new();

    public override string Engine => "SQLite";

    public string DatabasePath => folder.File("gaieval.db");

    public override async Task<IResultStore> OpenAsync() => await SqliteResultStore.OpenAsync(DatabasePath);

    public override Task<T> ScalarAsync<T>(string sql) => RawDatabase.ScalarAsync<T>(DatabasePath, sql);

    public override Task<IReadOnlyList<T>> QueryAsync<T>(string sql) => RawDatabase.QueryAsync<T>(DatabasePath, sql);

    public override ValueTask DisposeAsync()
    {
        folder.Dispose();
        return ValueTask.CompletedTask;
    }
}
