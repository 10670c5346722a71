using GaiEval.Storage.Rows;
using Microsoft.Data.Sqlite;

namespace GaiEval.Storage;

public sealed partial class SqliteResultStore
{
    private protected override string DeleteEvaluatorScores => "DELETE FROM scores WHERE run_id = @RunId AND evaluator IN @Evaluators";

    private protected override Task InsertScoresAsync(
        SqliteConnection connection, SqliteTransaction transaction, object?[][] rows, CancellationToken cancellationToken)
    {
        using PreparedInsert insert = PreparedInsert.Scores(connection, transaction);
        foreach (object?[] row in rows)
        {
            insert.Execute(row);
        }

        return Task.CompletedTask;
    }
}
