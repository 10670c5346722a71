using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace GaiEval.Storage;

/// <summary>
/// One query of a run's rows run on SQLite's own statement, for the reads of a report whose rows are many: a value is read
/// where SQLite holds it (a text as its UTF-8 bytes), with none of a data reader's per-value strings and boxes.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 database;
    private readonly sqlite3_stmt statement;

    /// <param name="sql">The query, whose one parameter is <c>@RunId</c>.</param>
    public SqliteStatement(SqliteConnection connection, string sql, string runId)
    {
        database = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(database, sql, out statement));
        try
        {
            Check(raw.sqlite3_bind_text(statement, raw.sqlite3_bind_parameter_index(statement, "@RunId"), runId));
        }
        catch
        {
            statement.Dispose();
            throw;
        }
    }

    /// <summary>The name of a column of the result (its alias).</summary>
    public string ColumnName(int column) => raw.sqlite3_column_name(statement, column).utf8_to_string();

    /// <summary>Moves to the next row; false after the last.</summary>
    public bool Step()
    {
        int result = raw.sqlite3_step(statement);
        if (result == raw.SQLITE_ROW)
        {
            return true;
        }

        if (result != raw.SQLITE_DONE)
        {
            Check(result);
        }

        return false;
    }

    public bool IsNull(int column) => raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL;

    /// <summary>A text value as SQLite holds it, UTF-8 with no terminating zero (empty for ''); valid until the next step.</summary>
    public ReadOnlySpan<byte> Utf8(int column) => raw.sqlite3_column_blob(statement, column);

    public long Int64(int column) => raw.sqlite3_column_int64(statement, column);

    public double Double(int column) => raw.sqlite3_column_double(statement, column);

    public void Dispose() => statement.Dispose();

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, database);
        }
    }
}
