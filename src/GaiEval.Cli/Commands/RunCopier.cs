namespace GaiEval.Cli.Commands;

using GaiEval.Core.Kpi.Import;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Storage;
using GaiEval.Storage.Copy;

/// <summary>What became of one run in <c>gaieval db copy</c>.</summary>
internal enum RunCopyOutcomeKind
{
    Copied,
    AlreadyThere,
    Refused,
}

/// <summary>What became of one run, and the line that tells the user.</summary>
internal sealed record RunCopyOutcome(RunCopyOutcomeKind Kind, string Message);

/// <summary>
/// Copies one stored run at a time from one store to another: its rows as stored (nothing re-derived, so its reports are
/// the same bytes) and the KPI imports its plan is pinned to, in one transaction of the destination.
/// </summary>
internal sealed class RunCopier(IEvalStore source, IEvalStore destination)
{
    public async Task<RunCopyOutcome> CopyAsync(string runId, CancellationToken cancellationToken)
    {
        RunInfo run = await source.FindRunAsync(runId, cancellationToken)
            ?? throw new KeyNotFoundException($"Run '{runId}' vanished from {source.Location}.");

        // A run whose calls are being made now would be copied half-done.
        IAsyncDisposable? lease = await source.TryLeaseRunAsync(runId, cancellationToken);
        if (lease is null)
        {
            return new(RunCopyOutcomeKind.Refused, $"実行 {runId}: 別のプロセスが実行中のため、コピーしていません。終わってからもう一度コピーしてください");
        }

        await using (lease)
        {
            IReadOnlyList<(KpiKind, string)> pins = KpiPins(run);
            StoredRunRows rows = await source.ReadRunRowsAsync(runId, pins, cancellationToken)
                ?? throw new KeyNotFoundException($"Run '{runId}' vanished from {source.Location}.");
            if (await destination.ReadRunRowsAsync(runId, [], cancellationToken) is { } there)
            {
                return Existing(rows, there);
            }

            if (!await destination.InsertRunRowsAsync(rows, cancellationToken))
            {
                // Another copy stored it between the check and the write: compare with what it stored.
                return Existing(rows, await destination.ReadRunRowsAsync(runId, [], cancellationToken) ?? rows);
            }

            string kpi = rows.KpiImports.Count > 0 ? $"、KPI の取り込み {rows.KpiImports.Count} 件" : string.Empty;
            return new(
                RunCopyOutcomeKind.Copied,
                $"実行 {runId}: コピーしました（項目 {rows.Count("items")} 件、回答 {rows.Count("responses")} 件、採点 {rows.Count("scores")} 件、" +
                $"人の採点 {rows.Count("human_grades")} 件{kpi}）");
        }
    }

    private static RunCopyOutcome Existing(StoredRunRows rows, StoredRunRows there) =>
        rows.SameRunAs(there)
            ? new(RunCopyOutcomeKind.AlreadyThere, $"実行 {rows.RunId}: コピー先にすでに同じ内容であります。飛ばしました")
            : new(RunCopyOutcomeKind.Refused,
                $"実行 {rows.RunId}: コピー先に同じ実行IDで内容の異なる実行があります。コピーしていません（コピー先はそのままです）");

    /// <summary>The KPI imports (kind, content hash) the run's plan was pinned to when it started.</summary>
    private static IReadOnlyList<(KpiKind, string)> KpiPins(RunInfo run) =>
        PlanSnapshot.FromJson(run.PlanJson).Kpi is { } kpi
            ? [.. kpi.Sources.Where(s => s.ContentHash is not null).Select(s => (s.Kind, s.ContentHash!))]
            : [];
}
