namespace GaiEval.Core.Running;

using System.Runtime.ExceptionServices;

/// <summary>
/// Commits finished calls while their slots already make the next call. At most <c>limit</c> commits wait at once (a slow
/// store holds new calls back), the first commit that fails stops new calls, and <see cref="DrainAsync"/> returns once
/// every commit handed over has ended.
/// </summary>
internal sealed class CommitPipeline(int limit) : IDisposable
{
    private readonly SemaphoreSlim room = new(limit, limit);
    private Exception? failure;

    /// <summary>Throws the first commit's failure, so that no call is made that could not be stored.</summary>
    public void ThrowIfFailed()
    {
        if (Volatile.Read(ref failure) is { } failed)
        {
            ExceptionDispatchInfo.Throw(failed);
        }
    }

    /// <summary>Starts <paramref name="commit"/> once there is room for it; does not wait for it to end.</summary>
    public async Task HandOverAsync(Func<Task> commit)
    {
        await room.WaitAsync().ConfigureAwait(false);
        _ = RunAsync(commit);
    }

    /// <summary>Waits for every commit handed over, then throws the first failure, if any.</summary>
    public async Task DrainAsync()
    {
        for (int i = 0; i < limit; i++)
        {
            await room.WaitAsync().ConfigureAwait(false);
        }

        room.Release(limit);
        ThrowIfFailed();
    }

    public void Dispose() => room.Dispose();

    private async Task RunAsync(Func<Task> commit)
    {
        try
        {
            await commit().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            Interlocked.CompareExchange(ref failure, e, null);
        }
        finally
        {
            room.Release();
        }
    }
}
