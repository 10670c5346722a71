using GaiEval.Storage;
using GaiEval.Tests.Support;

namespace GaiEval.Tests.Storage;

/// <summary>What only the SQLite store does: it is one file, made where the path says.</summary>
public sealed class SqliteResultStoreFileTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Creates_the_database_and_its_missing_parent_folders()
    {
        string path = folder.File("reports", "nested", "gaieval.db");

        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(path);

        Assert.True(File.Exists(path));
        Assert.Equal(path, store.DatabasePath);
    }
}
