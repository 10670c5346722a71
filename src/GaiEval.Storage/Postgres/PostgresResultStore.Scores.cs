using System.Runtime.CompilerServices;
using Dapper;
using GaiEval.Core.Results;
using GaiEval.Storage.Rows;

namespace GaiEval.Storage.Postgres;

public sealed partial class PostgresResultStore
{
    private static readonly PostgresInsert ScoreInsert = new("scores", ScoreRow.Columns);

    public Task ReplaceScoresAsync(
        string runId, IReadOnlyCollection<string> evaluators, IReadOnlyList<ScoreRecord> scores, CancellationToken cancellationToken = default) =>
        WriteScoresAsync(runId, evaluators, scores, clearFirst: true, cancellationToken);

    public Task AddScoresAsync(
        string runId, IReadOnlyCollection<string> evaluators, IReadOnlyList<ScoreRecord> scores, CancellationToken cancellationToken = default) =>
        WriteScoresAsync(runId, evaluators, scores, clearFirst: false, cancellationToken);

    /// <summary>Streams the run's scores by item order, then provider id, then repeat, then the order they were given in.</summary>
    public async IAsyncEnumerable<ScoreRecord> ReadScoresAsync(
        string runId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (ScoreRow row in StreamAsync<ScoreRow>(StoreSql.SelectScores, new { RunId = runId }, cancellationToken).ConfigureAwait(false))
        {
            yield return row.ToRecord();
        }
    }

    private Task WriteScoresAsync(
        string runId, IReadOnlyCollection<string> evaluators, IReadOnlyList<ScoreRecord> scores, bool clearFirst, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        ArgumentNullException.ThrowIfNull(evaluators);
        ArgumentNullException.ThrowIfNull(scores);
        string[] replaced = [.. evaluators.Distinct(StringComparer.Ordinal)];
        SqliteResultStore.CheckScoresBelongTo(runId, replaced, scores);

        object?[][] rows = [.. scores.Select(score => ScoreRow.From(score).Values())];
        return WriteAsync(
            async (connection, transaction) =>
            {
                if (clearFirst)
                {
                    // Dapper passes an array as one PostgreSQL array parameter (no IN-list expansion).
                    await connection.ExecuteAsync(Command(
                        "DELETE FROM scores WHERE run_id = @RunId AND evaluator = ANY(@Evaluators)",
                        new { RunId = runId, Evaluators = replaced },
                        transaction,
                        cancellationToken)).ConfigureAwait(false);
                }

                await ScoreInsert.ExecuteAsync(connection, transaction, rows, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }
}
