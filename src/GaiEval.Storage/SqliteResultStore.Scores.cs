using System.Runtime.CompilerServices;
using Dapper;
using GaiEval.Core.Results;
using GaiEval.Storage.Rows;

namespace GaiEval.Storage;

public sealed partial class SqliteResultStore
{
    private const string DeleteEvaluatorScores = "DELETE FROM scores WHERE run_id = @RunId AND evaluator IN @Evaluators";

    public Task ReplaceScoresAsync(
        string runId, IReadOnlyCollection<string> evaluators, IReadOnlyList<ScoreRecord> scores, CancellationToken cancellationToken = default) =>
        WriteScoresAsync(runId, evaluators, scores, clearFirst: true, cancellationToken);

    public Task AddScoresAsync(
        string runId, IReadOnlyCollection<string> evaluators, IReadOnlyList<ScoreRecord> scores, CancellationToken cancellationToken = default) =>
        WriteScoresAsync(runId, evaluators, scores, clearFirst: false, cancellationToken);

    private Task WriteScoresAsync(
        string runId, IReadOnlyCollection<string> evaluators, IReadOnlyList<ScoreRecord> scores, bool clearFirst, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(runId);
        ArgumentNullException.ThrowIfNull(evaluators);
        ArgumentNullException.ThrowIfNull(scores);
        string[] replaced = [.. evaluators.Distinct(StringComparer.Ordinal)];
        CheckScoresBelongTo(runId, replaced, scores);

        var scope = new { RunId = runId, Evaluators = replaced };
        ScoreRow[] rows = [.. scores.Select(ScoreRow.From)];
        return WriteAsync(
            async transaction =>
            {
                if (clearFirst)
                {
                    await writer.ExecuteAsync(Command(DeleteEvaluatorScores, scope, transaction, cancellationToken)).ConfigureAwait(false);
                }

                using PreparedInsert insert = PreparedInsert.Scores(writer, transaction);
                foreach (ScoreRow row in rows)
                {
                    insert.Execute(row.Values());
                }
            },
            cancellationToken);
    }

    /// <summary>Streams the run's scores by item order, then provider id, then repeat, then the order they were given in.</summary>
    public async IAsyncEnumerable<ScoreRecord> ReadScoresAsync(
        string runId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (ScoreRow row in StreamAsync<ScoreRow>(StoreSql.SelectScores, new { RunId = runId }, cancellationToken).ConfigureAwait(false))
        {
            yield return row.ToRecord();
        }
    }

    internal static void CheckScoresBelongTo(string runId, string[] evaluators, IReadOnlyList<ScoreRecord> scores)
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
