using Npgsql;

namespace GaiEval.Storage.Postgres;

/// <summary>One row of a batched insert was refused (a constraint, a value the column cannot hold); <see cref="Row"/> is its index in the rows given.</summary>
internal sealed class PostgresRowException(int row, PostgresException inner)
    : Exception($"Row {row} of the batch was refused: {inner.MessageText}", inner)
{
    public int Row { get; } = row;

    public string SqlState { get; } = inner.SqlState;
}
