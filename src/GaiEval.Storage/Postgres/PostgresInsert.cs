using Npgsql;

namespace GaiEval.Storage.Postgres;

/// <summary>
/// An insert of many rows into one table as batches of statements with positional parameters: one round trip per batch
/// instead of one per row. The column names are quoted (PostgreSQL reserves some, e.g. "user").
/// </summary>
internal sealed class PostgresInsert(string table, IReadOnlyList<string> columns)
{
    private const int BatchSize = 1000;

    private readonly string sql =
        $"INSERT INTO {table} ({string.Join(", ", columns.Select(column => $"\"{column}\""))}) " +
        $"VALUES ({string.Join(", ", columns.Select((_, i) => $"${i + 1}"))})";

    /// <summary>Inserts the rows (values in the order of the columns) in batches within the transaction.</summary>
    /// <exception cref="PostgresException">A row broke a constraint; the transaction is aborted.</exception>
    public Task ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<object?[]> rows, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction, rows, identifyRow: false, cancellationToken);

    /// <inheritdoc cref="ExecuteAsync(NpgsqlConnection, NpgsqlTransaction, IEnumerable{object?[]}, CancellationToken)"/>
    /// <exception cref="PostgresRowException">A row broke a constraint or holds a value the column cannot take (its index is told);
    /// the transaction is aborted.</exception>
    public Task ExecuteIdentifyingRowsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<object?[]> rows, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction, rows, identifyRow: true, cancellationToken);

    private async Task ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, IEnumerable<object?[]> rows, bool identifyRow, CancellationToken cancellationToken)
    {
        int first = 0;
        foreach (object?[][] chunk in rows.Chunk(BatchSize))
        {
            await using NpgsqlBatch batch = new(connection, transaction);
            foreach (object?[] row in chunk)
            {
                NpgsqlBatchCommand command = new(sql);
                foreach (object? value in row)
                {
                    command.Parameters.Add(new NpgsqlParameter { Value = Parameter(value) });
                }

                batch.BatchCommands.Add(command);
            }

            try
            {
                await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (PostgresException exception) when (identifyRow && IsRowsOwnFault(exception) && exception.BatchCommand is { } failed)
            {
                throw new PostgresRowException(first + batch.BatchCommands.IndexOf(failed), exception);
            }

            first += chunk.Length;
        }
    }

    // SQLSTATE class 22, data exception (e.g. a NUL character, which PostgreSQL text cannot hold), and class 23, integrity
    // constraint violation: the row's own fault, unlike a dropped connection.
    private static bool IsRowsOwnFault(PostgresException exception) =>
        exception.SqlState.StartsWith("22", StringComparison.Ordinal) || exception.SqlState.StartsWith("23", StringComparison.Ordinal);

    // The schema keeps flags as 0/1 integers on both engines; PostgreSQL does not cast a boolean parameter to one.
    private static object Parameter(object? value) => value switch
    {
        null => DBNull.Value,
        bool flag => flag ? 1L : 0L,
        _ => value,
    };
}
