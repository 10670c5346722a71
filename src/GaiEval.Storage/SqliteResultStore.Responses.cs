using System.Runtime.CompilerServices;
using Dapper;
using GaiEval.Core.Results;
using GaiEval.Storage.Rows;
using Microsoft.Data.Sqlite;

namespace GaiEval.Storage;

public sealed partial class SqliteResultStore
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintForeignKey = 787;

    private const string InsertResponse =
        "INSERT INTO responses (run_id, item_id, provider_id, repeat, status, text, error, attempts, latency_ms, ttft_ms, total_ms, " +
        "input_tokens, output_tokens, token_source, tokenizer, model, retrieved_ids, retrieved_texts, cached, started_at, finished_at) " +
        "VALUES (@RunId, @ItemId, @ProviderId, @Repeat, @Status, @Text, @Error, @Attempts, @LatencyMs, @TtftMs, @TotalMs, " +
        "@InputTokens, @OutputTokens, @TokenSource, @Tokenizer, @Model, @RetrievedIds, @RetrievedTexts, @Cached, @StartedAt, @FinishedAt)";

    private const string SelectResponseKeys = $"SELECT {ResponseKeyRow.SelectColumns} FROM responses WHERE run_id = @RunId";

    private const string SelectResponses =
        $"SELECT {ResponseRow.SelectColumns} FROM responses r JOIN items i ON i.run_id = r.run_id AND i.item_id = r.item_id " +
        "WHERE r.run_id = @RunId ORDER BY i.ordinal, r.provider_id, r.repeat";

    public Task AddResponseAsync(ResponseRecord response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        return AddResponsesAsync([response], cancellationToken);
    }

    /// <exception cref="InvalidOperationException">A response is stored already, or names an item the run does not hold; none of them is kept.</exception>
    public async Task AddResponsesAsync(IReadOnlyList<ResponseRecord> responses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(responses);
        ResponseRow[] rows = [.. responses.Select(ResponseRow.From)];
        await WriteAsync(
            async transaction =>
            {
                foreach ((ResponseRow row, ResponseRecord response) in rows.Zip(responses))
                {
                    await InsertResponseAsync(row, response, transaction, cancellationToken).ConfigureAwait(false);
                }
            },
            cancellationToken).ConfigureAwait(false);
    }

    private async Task InsertResponseAsync(ResponseRow row, ResponseRecord response, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        try
        {
            await writer.ExecuteAsync(Command(InsertResponse, row, transaction, cancellationToken)).ConfigureAwait(false);
        }
        catch (SqliteException exception) when (exception.SqliteExtendedErrorCode == SqliteConstraintUnique)
        {
            throw new InvalidOperationException(
                $"Run '{response.RunId}' already holds the response of item '{response.ItemId}', provider '{response.ProviderId}', " +
                $"repeat {response.Repeat}.",
                exception);
        }
        catch (SqliteException exception) when (exception.SqliteExtendedErrorCode == SqliteConstraintForeignKey)
        {
            throw new InvalidOperationException($"Item '{response.ItemId}' is not stored for run '{response.RunId}'.", exception);
        }
    }

    public Task<IReadOnlySet<ResponseKey>> ReadResponseKeysAsync(string runId, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlySet<ResponseKey>>(
            async connection =>
            {
                IEnumerable<ResponseKeyRow> rows = await connection.QueryAsync<ResponseKeyRow>(
                    Command(SelectResponseKeys, new { RunId = runId }, null, cancellationToken)).ConfigureAwait(false);
                return rows.Select(row => row.ToKey()).ToHashSet();
            },
            cancellationToken);

    /// <summary>Streams the run's responses by item order, then provider id, then repeat.</summary>
    public async IAsyncEnumerable<ResponseRecord> ReadResponsesAsync(
        string runId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (ResponseRow row in StreamAsync<ResponseRow>(SelectResponses, new { RunId = runId }, cancellationToken)
                           .ConfigureAwait(false))
        {
            yield return row.ToRecord();
        }
    }
}
