using GaiEval.Core.Results;
using GaiEval.Storage.Rows;

namespace GaiEval.Storage.Postgres;

public sealed partial class PostgresResultStore
{
    private static readonly PostgresInsert ResponseInsert = new("responses", ResponseRow.Columns);

    /// <exception cref="InvalidOperationException">A response is stored already, or names an item the run does not hold; none of them is kept.</exception>
    public async Task AddResponsesAsync(IReadOnlyList<ResponseRecord> responses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(responses);
        try
        {
            await InsertResponsesAsync(responses, cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresRowException exception) when (Conflict(responses[exception.Row], exception) is { } conflict)
        {
            throw conflict;
        }
    }

    /// <summary>
    /// One transaction for a group of single calls. A row that cannot be stored (stored already, an unknown item, a value
    /// PostgreSQL cannot hold such as a NUL character) aborts a PostgreSQL transaction, so the group is written again
    /// without it: that row fails alone and the others are committed.
    /// </summary>
    private protected override async Task<IReadOnlyList<Exception?>> CommitResponsesAsync(IReadOnlyList<ResponseRecord> responses)
    {
        var errors = new Exception?[responses.Count];
        List<int> remaining = [.. Enumerable.Range(0, responses.Count)];
        while (remaining.Count > 0)
        {
            try
            {
                await InsertResponsesAsync([.. remaining.Select(i => responses[i])], CancellationToken.None).ConfigureAwait(false);
                break;
            }
            catch (PostgresRowException exception)
            {
                ResponseRecord response = responses[remaining[exception.Row]];
                errors[remaining[exception.Row]] = Conflict(response, exception) ?? new InvalidOperationException(
                    $"The response of item '{response.ItemId}', provider '{response.ProviderId}', repeat {response.Repeat} cannot be stored in " +
                    $"PostgreSQL: {exception.InnerException!.Message}",
                    exception);
                remaining.RemoveAt(exception.Row);
            }
        }

        return errors;
    }

    private Task InsertResponsesAsync(IReadOnlyList<ResponseRecord> responses, CancellationToken cancellationToken)
    {
        object?[][] rows = [.. responses.Select(response => ResponseRow.From(response).Values())];
        return WriteAsync((connection, transaction) => ResponseInsert.ExecuteIdentifyingRowsAsync(connection, transaction, rows, cancellationToken), cancellationToken);
    }

    private static InvalidOperationException? Conflict(ResponseRecord response, PostgresRowException exception) => exception.SqlState switch
    {
        PostgresErrors.UniqueViolation => ResponseConflict.StoredAlready(response, exception),
        PostgresErrors.ForeignKeyViolation => ResponseConflict.UnknownItem(response, exception),
        _ => null,
    };
}
