using GaiEval.Storage.Rows;
using Npgsql;

namespace GaiEval.Storage.Postgres;

public sealed partial class PostgresResultStore
{
    private static readonly PostgresInsert ScoreInsert = new("scores", ScoreRow.Columns);

    // Dapper passes an array as one PostgreSQL array parameter (no IN-list expansion).
    private protected override string DeleteEvaluatorScores => "DELETE FROM scores WHERE run_id = @RunId AND evaluator = ANY(@Evaluators)";

    private protected override Task InsertScoresAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, object?[][] rows, CancellationToken cancellationToken) =>
        ScoreInsert.ExecuteAsync(connection, transaction, rows, cancellationToken);
}
