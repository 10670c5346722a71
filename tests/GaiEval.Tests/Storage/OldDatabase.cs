using Dapper;
using GaiEval.Core.Model;
using GaiEval.Core.Results;
using GaiEval.Storage;
using GaiEval.Storage.Rows;
using Microsoft.Data.Sqlite;

namespace GaiEval.Tests.Storage;

/// <summary>Writes rows with the columns schema versions 1 to 4 have, as the GaiEval of those versions did.</summary>
internal static class OldDatabase
{
    /// <summary>An empty database file at <paramref name="schemaVersion"/>.</summary>
    public static async Task CreateAsync(string path, int schemaVersion)
    {
        await using (await SqliteResultStore.OpenAsync(path, schemaVersion, CancellationToken.None))
        {
        }
    }

    /// <summary>A run (with its status as the old text, e.g. "completed") and its items.</summary>
    public static async Task AddRunAsync(string path, RunInfo run, string status, IReadOnlyList<GoldItem> items)
    {
        await using SqliteConnection connection = await OpenAsync(path);
        await connection.ExecuteAsync(
            "INSERT INTO runs (run_id, plan_name, plan_file, plan_json, test_set_path, test_set_hash, item_count, repeats, tool_version, " +
            "criteria_json, criteria_hash, status, started_at, finished_at) VALUES (@RunId, @PlanName, @PlanFile, @PlanJson, @TestSetPath, " +
            "@TestSetHash, @ItemCount, @Repeats, @ToolVersion, @CriteriaJson, @CriteriaHash, @Status, @StartedAt, @FinishedAt)",
            RunRow.From(run) with { Status = status });
        await connection.ExecuteAsync(
            "INSERT INTO items (run_id, ordinal, item_id, category, use, sensitivity, expect, item_json) " +
            "VALUES (@RunId, @Ordinal, @ItemId, @Category, @Use, @Sensitivity, @Expect, @ItemJson)",
            items.Select((item, index) => ItemRow.From(run.RunId, index + 1, item)));
    }

    public static async Task AddResponseAsync(string path, ResponseRecord response)
    {
        await using SqliteConnection connection = await OpenAsync(path);
        await connection.ExecuteAsync(
            "INSERT INTO responses (run_id, item_id, provider_id, repeat, status, text, error, attempts, latency_ms, ttft_ms, total_ms, " +
            "input_tokens, output_tokens, token_source, tokenizer, model, retrieved_ids, cached, started_at, finished_at) " +
            "VALUES (@RunId, @ItemId, @ProviderId, @Repeat, @Status, @Text, @Error, @Attempts, @LatencyMs, @TtftMs, @TotalMs, " +
            "@InputTokens, @OutputTokens, @TokenSource, @Tokenizer, @Model, @RetrievedIds, @Cached, @StartedAt, @FinishedAt)",
            ResponseRow.From(response));
    }

    /// <summary>A score with the columns versions 1 and 2 have.</summary>
    public static async Task AddScoreAsync(string path, ScoreRecord score)
    {
        await using SqliteConnection connection = await OpenAsync(path);
        await connection.ExecuteAsync(
            "INSERT INTO scores (run_id, item_id, provider_id, repeat, evaluator, metric, value, label, reason) " +
            "VALUES (@RunId, @ItemId, @ProviderId, @Repeat, @Evaluator, @Metric, @Value, @Label, @Reason)",
            score);
    }

    private static async Task<SqliteConnection> OpenAsync(string path)
    {
        // The store's handlers write DateTimeOffset as round-trip text, as every version did.
        VanillaDapperDates.Register();
        SqliteConnection connection = new(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, ForeignKeys = true }.ToString());
        await connection.OpenAsync();
        return connection;
    }
}
