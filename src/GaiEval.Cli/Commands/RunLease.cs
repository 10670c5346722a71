namespace GaiEval.Cli.Commands;

using GaiEval.Core.Inputs;
using GaiEval.Storage;

/// <summary>The lease a process holds on the run it makes calls for: a second process on the same run is refused (exit 2).</summary>
internal static class RunLease
{
    /// <exception cref="InputException">Another process holds the run (nothing has been written).</exception>
    public static async Task<IAsyncDisposable> TakeAsync(IEvalStore store, string runId, CancellationToken cancellationToken) =>
        await store.TryLeaseRunAsync(runId, cancellationToken)
        ?? throw new InputException(store.Location, 0, "--resume",
            $"この実行（{runId}）は別のプロセスが実行中です。何もしていません。そのプロセスが終わってから、必要なら gaieval runs で状態を確かめて再開してください。");
}
