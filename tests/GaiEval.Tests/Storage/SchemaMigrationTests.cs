using GaiEval.Core.Model;
using GaiEval.Core.Results;
using GaiEval.Storage;
using GaiEval.Storage.Migrations;
using GaiEval.Tests.Support;

namespace GaiEval.Tests.Storage;

public sealed class SchemaMigrationTests : IDisposable
{
    private static readonly string[] VersionOneSchema =
    [
        "table:items", "table:responses", "table:runs", "table:scores",
    ];

    private static readonly string[] LatestSchema =
    [
        "index:ix_responses_run_provider", "index:ix_scores_run_provider_metric",
        "table:items", "table:response_cache", "table:responses", "table:runs", "table:scores",
    ];

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_embedded_migrations_are_numbered_one_and_two()
    {
        Assert.Equal([1, 2], SchemaMigrator.All.Select(migration => migration.Version));
        Assert.Equal("0001_initial", SchemaMigrator.All[0].Name);
        Assert.Equal(2, SchemaMigrator.LatestVersion);
    }

    [Fact]
    public async Task A_fresh_database_is_at_the_latest_version_with_the_whole_schema()
    {
        string path = folder.File("gaieval.db");

        await using (await SqliteResultStore.OpenAsync(path))
        {
        }

        Assert.Equal(2L, await RawDatabase.UserVersionAsync(path));
        Assert.Equal(LatestSchema, await RawDatabase.SchemaObjectsAsync(path));
    }

    [Fact]
    public async Task A_version_one_database_with_data_is_upgraded_and_keeps_its_data()
    {
        string path = folder.File("gaieval.db");
        RunInfo run = StorageSamples.Run();
        IReadOnlyList<GoldItem> items = StorageSamples.Items();
        ResponseRecord response = StorageSamples.Response("q-10", "cloud-mini", 1);
        ScoreRecord score = StorageSamples.Score("q-10", "cloud-mini", 1, "correct", 1);
        await using (SqliteResultStore old = await SqliteResultStore.OpenAsync(path, schemaVersion: 1, CancellationToken.None))
        {
            await old.CreateRunAsync(run, items);
            await old.AddResponseAsync(response);
            await old.ReplaceScoresAsync(run.RunId, [score]);
        }

        Assert.Equal(1L, await RawDatabase.UserVersionAsync(path));
        Assert.Equal(VersionOneSchema, await RawDatabase.SchemaObjectsAsync(path));

        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(path);

        Assert.Equal(2L, await RawDatabase.UserVersionAsync(path));
        Assert.Equal(LatestSchema, await RawDatabase.SchemaObjectsAsync(path));
        StorageAssert.SameRun(run, (await store.FindRunAsync(run.RunId))!);
        IReadOnlyList<GoldItem> readItems = await store.ReadItemsAsync(run.RunId);
        Assert.Equal(items.Count, readItems.Count);
        StorageAssert.SameItem(items[0], readItems[0]);
        await foreach (ResponseRecord read in store.ReadResponsesAsync(run.RunId))
        {
            StorageAssert.SameResponse(response, read);
        }

        Assert.True((await store.ReadResponseKeysAsync(run.RunId)).SetEquals([response.Key]));
        await foreach (ScoreRecord read in store.ReadScoresAsync(run.RunId))
        {
            Assert.Equal(score, read);
        }
    }

    [Fact]
    public async Task Reopening_is_idempotent_and_the_data_survives()
    {
        string path = folder.File("gaieval.db");
        RunInfo run = StorageSamples.Run();
        ResponseRecord response = StorageSamples.Response("q-1", "bm25", 2);
        await using (SqliteResultStore first = await SqliteResultStore.OpenAsync(path))
        {
            await first.CreateRunAsync(run, StorageSamples.Items());
            await first.AddResponseAsync(response);
        }

        await using (await SqliteResultStore.OpenAsync(path))
        {
        }

        await using SqliteResultStore third = await SqliteResultStore.OpenAsync(path);
        Assert.Equal(2L, await RawDatabase.UserVersionAsync(path));
        Assert.Equal(LatestSchema, await RawDatabase.SchemaObjectsAsync(path));
        StorageAssert.SameRun(run, (await third.FindRunAsync(run.RunId))!);
        Assert.True((await third.ReadResponseKeysAsync(run.RunId)).SetEquals([response.Key]));
    }

    [Fact]
    public async Task A_database_from_a_newer_version_is_refused_with_both_versions_and_the_file()
    {
        string path = folder.File("gaieval.db");
        await using (await SqliteResultStore.OpenAsync(path))
        {
        }

        await RawDatabase.ExecuteAsync(path, "PRAGMA user_version = 99");

        DatabaseVersionException error = await Assert.ThrowsAsync<DatabaseVersionException>(() => SqliteResultStore.OpenAsync(path));
        Assert.Equal(path, error.DatabasePath);
        Assert.Equal(99, error.DatabaseVersion);
        Assert.Equal(2, error.SupportedVersion);
        Assert.Contains(path, error.Message);
        Assert.Contains("99", error.Message);
        Assert.Contains("版 2", error.Message);
        Assert.Equal(99L, await RawDatabase.UserVersionAsync(path));
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_refused_with_its_name()
    {
        string path = folder.File("notes.db");
        await File.WriteAllTextAsync(path, new string('x', 4096));

        InvalidDataException error = await Assert.ThrowsAsync<InvalidDataException>(() => SqliteResultStore.OpenAsync(path));

        Assert.Contains(path, error.Message);
    }

    [Fact]
    public async Task The_database_is_in_wal_mode()
    {
        string path = folder.File("gaieval.db");

        await using (await SqliteResultStore.OpenAsync(path))
        {
            Assert.Equal("wal", await RawDatabase.ScalarAsync<string>(path, "PRAGMA journal_mode"));
        }

        Assert.Equal("wal", await RawDatabase.ScalarAsync<string>(path, "PRAGMA journal_mode"));
    }
}
