using System.Runtime.CompilerServices;
using Dapper;
using GaiEval.Core.Results;
using GaiEval.Storage.Rows;

namespace GaiEval.Storage;

public abstract partial class DapperResultStore<TConnection, TTransaction>
{
    /// <exception cref="InvalidOperationException">A grade names an answer the store does not hold; no grade of the batch is kept.</exception>
    public Task SaveHumanGradesAsync(IReadOnlyList<HumanGradeRecord> grades, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grades);
        HumanGradeRow[] rows = [.. grades.Select(HumanGradeRow.From)];
        return WriteAsync(
            async (connection, transaction) =>
            {
                foreach (HumanGradeRow row in rows)
                {
                    await UpsertHumanGradeAsync(row, connection, transaction, cancellationToken).ConfigureAwait(false);
                }
            },
            cancellationToken);
    }

    /// <summary>Streams the run's human grades by item order, then provider id, then repeat.</summary>
    public async IAsyncEnumerable<HumanGradeRecord> ReadHumanGradesAsync(
        string runId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (HumanGradeRow row in StreamAsync(
                           connection => connection.QueryUnbufferedAsync<HumanGradeRow>(StoreSql.SelectHumanGrades, new { RunId = runId }),
                           cancellationToken).ConfigureAwait(false))
        {
            yield return row.ToRecord();
        }
    }

    private async Task UpsertHumanGradeAsync(HumanGradeRow row, TConnection connection, TTransaction transaction, CancellationToken cancellationToken)
    {
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            await connection.ExecuteAsync(StoreSql.UpsertHumanGrade, row, transaction).ConfigureAwait(false);
        }
        catch (Exception exception) when (IsForeignKeyViolation(exception))
        {
            throw new InvalidOperationException(
                $"Run '{row.RunId}' holds no response of item '{row.ItemId}', provider '{row.ProviderId}', repeat {row.Repeat} to grade.",
                exception);
        }
    }
}
