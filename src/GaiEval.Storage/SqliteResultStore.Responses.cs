using GaiEval.Core.Results;
using GaiEval.Storage.Rows;
using Microsoft.Data.Sqlite;

namespace GaiEval.Storage;

public sealed partial class SqliteResultStore
{
    /// <exception cref="InvalidOperationException">A response is stored already, or names an item the run does not hold; none of them is kept.</exception>
    public async Task AddResponsesAsync(IReadOnlyList<ResponseRecord> responses, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(responses);
        await WriteResponsesAsync(responses, allOrNothing: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One transaction for a group of single calls: a row that cannot be stored fails alone, the others are committed.</summary>
    private protected override Task<IReadOnlyList<Exception?>> CommitResponsesAsync(IReadOnlyList<ResponseRecord> responses) =>
        WriteResponsesAsync(responses, allOrNothing: false, CancellationToken.None);

    /// <summary>
    /// Inserts the responses in one transaction with one prepared statement and returns each one's error (null when stored);
    /// <paramref name="allOrNothing"/> throws the first error instead, so the transaction keeps none of them.
    /// </summary>
    private async Task<IReadOnlyList<Exception?>> WriteResponsesAsync(
        IReadOnlyList<ResponseRecord> responses, bool allOrNothing, CancellationToken cancellationToken)
    {
        ResponseRow[] rows = [.. responses.Select(ResponseRow.From)];
        var errors = new Exception?[rows.Length];
        await WriteAsync(
            (connection, transaction) =>
            {
                using PreparedInsert insert = PreparedInsert.Responses(connection, transaction);
                for (int i = 0; i < rows.Length; i++)
                {
                    errors[i] = InsertResponse(insert, rows[i], responses[i]);
                    if (allOrNothing && errors[i] is { } error)
                    {
                        throw error;
                    }
                }

                return Task.CompletedTask;
            },
            cancellationToken).ConfigureAwait(false);
        return errors;
    }

    private static InvalidOperationException? InsertResponse(PreparedInsert insert, ResponseRow row, ResponseRecord response)
    {
        try
        {
            insert.Execute(row.Values());
            return null;
        }
        catch (SqliteException exception) when (exception.SqliteExtendedErrorCode == SqliteConstraintUnique)
        {
            return ResponseConflict.StoredAlready(response, exception);
        }
        catch (SqliteException exception) when (exception.SqliteExtendedErrorCode == SqliteConstraintForeignKey)
        {
            return ResponseConflict.UnknownItem(response, exception);
        }
    }
}
