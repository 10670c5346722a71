using System.Runtime.CompilerServices;
using Dapper;
using GaiEval.Core.Results;
using GaiEval.Storage.Rows;

namespace GaiEval.Storage;

public abstract partial class DapperResultStore<TConnection, TTransaction>
{
    /// <summary>Deletes the scores of run <c>@RunId</c> given by the evaluators in <c>@Evaluators</c> (a string array), in the engine's SQL.</summary>
    private protected abstract string DeleteEvaluatorScores { get; }

    public Task ReplaceScoresAsync(
        string runId, IReadOnlyCollection<string> evaluators, IReadOnlyList<ScoreRecord> scores, CancellationToken cancellationToken = default) =>
        WriteScoresAsync(runId, evaluators, scores, clearFirst: true, cancellationToken);

    public Task AddScoresAsync(
        string runId, IReadOnlyCollection<string> evaluators, IReadOnlyList<ScoreRecord> scores, CancellationToken cancellationToken = default) =>
        WriteScoresAsync(runId, evaluators, scores, clearFirst: false, cancellationToken);

    /// <summary>Streams the run's scores by item order, then provider id, then repeat, then the order they were given in.</summary>
    public virtual async IAsyncEnumerable<ScoreRecord> ReadScoresAsync(
        string runId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (ScoreRow row in StreamAsync(
                           connection => connection.QueryUnbufferedAsync<ScoreRow>(StoreSql.SelectScores, new { RunId = runId }),
                           cancellationToken).ConfigureAwait(false))
        {
            yield return row.ToRecord();
        }
    }

    /// <summary>Inserts the scores in the transaction that cleared the ones they replace.</summary>
    private protected abstract Task InsertScoresAsync(TConnection connection, TTransaction transaction, object?[][] rows, CancellationToken cancellationToken);

    private Task WriteScoresAsync(
        string runId, IReadOnlyCollection<string> evaluators, IReadOnlyList<ScoreRecord> scores, bool clearFirst, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        ArgumentNullException.ThrowIfNull(evaluators);
        ArgumentNullException.ThrowIfNull(scores);
        string[] replaced = [.. evaluators.Distinct(StringComparer.Ordinal)];
        CheckScoresBelongTo(runId, replaced, scores);

        var scope = new { RunId = runId, Evaluators = replaced };
        object?[][] rows = [.. scores.Select(score => ScoreRow.From(score).Values())];
        return WriteAsync(
            async (connection, transaction) =>
            {
                if (clearFirst)
                {
                    await connection.ExecuteAsync(DeleteEvaluatorScores, scope, transaction).ConfigureAwait(false);
                }

                await InsertScoresAsync(connection, transaction, rows, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    private static void CheckScoresBelongTo(string runId, string[] evaluators, IReadOnlyList<ScoreRecord> scores)
    {
        ScoreRecord? otherRun = scores.FirstOrDefault(score => score.RunId != runId);
        if (otherRun is not null)
        {
            throw new ArgumentException($"A score of run '{otherRun.RunId}' was given to replace the scores of run '{runId}'.", nameof(scores));
        }

        ScoreRecord? otherEvaluator = scores.FirstOrDefault(score => !evaluators.Contains(score.Evaluator, StringComparer.Ordinal));
        if (otherEvaluator is not null)
        {
            throw new ArgumentException(
                $"A score of evaluator '{otherEvaluator.Evaluator}' was given to replace the scores of {string.Join(", ", evaluators)}.",
                nameof(scores));
        }
    }
}
