using Microsoft.Data.Sqlite;

namespace GaiEval.Storage;

/// <summary>
/// How records of one KPI kind are written: the columns after <c>import_id</c>, their values for a record, the sortable
/// text of the record's place in time (for the import's period) and whether it is the harness's own traffic.
/// </summary>
internal sealed class KpiRecordTable<T>(
    string table, IReadOnlyList<string> columns, Func<T, object?[]> values, Func<T, string?> period, Func<T, bool> fromHarness)
{
    public string Table { get; } = table;

    public IReadOnlyList<string> Columns { get; } = columns;

    /// <summary>The record's values in the order of <see cref="Columns"/>.</summary>
    public Func<T, object?[]> Values { get; } = values;

    public Func<T, string?> Period { get; } = period;

    public Func<T, bool> FromHarness { get; } = fromHarness;

    /// <summary>A prepared insert bound to the transaction; reused for every record of the import.</summary>
    public SqliteCommand PrepareInsert(SqliteConnection connection, SqliteTransaction transaction)
    {
        SqliteCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            $"INSERT INTO {Table} (import_id, {string.Join(", ", Columns)}) " +
            $"VALUES (@import_id, {string.Join(", ", Columns.Select(column => "@" + column))})";
        command.Parameters.Add(new SqliteParameter("@import_id", SqliteType.Integer));
        foreach (string column in Columns)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = "@" + column });
        }

        command.Prepare();
        return command;
    }

    public void Bind(SqliteCommand insert, long importId, T record)
    {
        insert.Parameters[0].Value = importId;
        object?[] row = Values(record);
        for (int i = 0; i < row.Length; i++)
        {
            insert.Parameters[i + 1].Value = row[i] ?? DBNull.Value;
        }
    }
}
