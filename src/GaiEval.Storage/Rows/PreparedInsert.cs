using Microsoft.Data.Sqlite;

namespace GaiEval.Storage.Rows;

/// <summary>
/// An insert into one table as one statement prepared once per transaction and bound again for each row, so a batch of rows
/// costs one parse of the SQL instead of one per row.
/// </summary>
internal sealed class PreparedInsert : IDisposable
{
    private readonly SqliteCommand command;
    private readonly SqliteParameter[] parameters;

    public PreparedInsert(SqliteConnection connection, SqliteTransaction transaction, string table, IReadOnlyList<string> columns)
    {
        command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(column => "$" + column))})";
        parameters = [.. columns.Select(column => command.Parameters.Add(new SqliteParameter("$" + column, DBNull.Value)))];
        command.Prepare();
    }

    public static PreparedInsert Responses(SqliteConnection connection, SqliteTransaction transaction) =>
        new(connection, transaction, "responses", ResponseRow.Columns);

    public static PreparedInsert Scores(SqliteConnection connection, SqliteTransaction transaction) =>
        new(connection, transaction, "scores", ScoreRow.Columns);

    /// <summary>Inserts one row: <paramref name="values"/> in the order of the columns.</summary>
    /// <exception cref="SqliteException">The row breaks a constraint; only this statement is undone, the transaction goes on.</exception>
    public void Execute(ReadOnlySpan<object?> values)
    {
        for (int i = 0; i < values.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    public void Dispose() => command.Dispose();
}
