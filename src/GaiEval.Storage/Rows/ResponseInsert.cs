using Microsoft.Data.Sqlite;

namespace GaiEval.Storage.Rows;

/// <summary>
/// The insert of <c>responses</c> rows as one statement prepared once per transaction and bound again for each row, so a
/// batch of calls costs one parse of the SQL instead of one per call.
/// </summary>
internal sealed class ResponseInsert : IDisposable
{
    private const string Sql =
        "INSERT INTO responses (run_id, item_id, provider_id, repeat, status, text, error, attempts, latency_ms, ttft_ms, total_ms, " +
        "input_tokens, output_tokens, token_source, tokenizer, model, retrieved_ids, retrieved_texts, cached, started_at, finished_at) " +
        "VALUES ($run_id, $item_id, $provider_id, $repeat, $status, $text, $error, $attempts, $latency_ms, $ttft_ms, $total_ms, " +
        "$input_tokens, $output_tokens, $token_source, $tokenizer, $model, $retrieved_ids, $retrieved_texts, $cached, $started_at, $finished_at)";

    private readonly SqliteCommand command;
    private readonly SqliteParameter[] parameters;

    public ResponseInsert(SqliteConnection connection, SqliteTransaction transaction)
    {
        command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Sql;
        string[] names =
        [
            "run_id", "item_id", "provider_id", "repeat", "status", "text", "error", "attempts", "latency_ms", "ttft_ms", "total_ms",
            "input_tokens", "output_tokens", "token_source", "tokenizer", "model", "retrieved_ids", "retrieved_texts", "cached",
            "started_at", "finished_at",
        ];
        parameters = [.. names.Select(name => command.Parameters.Add(new SqliteParameter("$" + name, DBNull.Value)))];
        command.Prepare();
    }

    /// <exception cref="SqliteException">The row breaks a constraint; only this statement is undone, the transaction goes on.</exception>
    public void Execute(ResponseRow row)
    {
        object?[] values =
        [
            row.RunId, row.ItemId, row.ProviderId, row.Repeat, row.Status, row.Text, row.Error, row.Attempts, row.LatencyMs, row.TtftMs,
            row.TotalMs, row.InputTokens, row.OutputTokens, row.TokenSource, row.Tokenizer, row.Model, row.RetrievedIds,
            row.RetrievedTexts, row.Cached, DateTimeOffsetHandler.Format(row.StartedAt), DateTimeOffsetHandler.Format(row.FinishedAt),
        ];
        for (int i = 0; i < values.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    public void Dispose() => command.Dispose();
}
