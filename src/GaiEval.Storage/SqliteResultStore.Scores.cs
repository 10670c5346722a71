using System.Runtime.CompilerServices;
using GaiEval.Core.Results;
using GaiEval.Storage.Rows;
using Microsoft.Data.Sqlite;

namespace GaiEval.Storage;

public sealed partial class SqliteResultStore
{
    private protected override string DeleteEvaluatorScores => "DELETE FROM scores WHERE run_id = @RunId AND evaluator IN @Evaluators";

    /// <summary>Streams the run's scores as the base store does, read by <see cref="SqliteScoreReader"/> (the texts that repeat made once).</summary>
    public override async IAsyncEnumerable<ScoreRecord> ReadScoresAsync(
        string runId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        SqliteConnection connection = await OpenStreamingConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var reader = new SqliteScoreReader(connection, runId);
            while (reader.Read() is { } score)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return score;
            }
        }
    }

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
