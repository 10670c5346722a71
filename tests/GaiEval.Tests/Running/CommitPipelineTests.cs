namespace GaiEval.Tests.Running;

using GaiEval.Core.Running;

public sealed class CommitPipelineTests
{
    [Fact]
    public async Task Drains_only_once_every_commit_handed_over_has_ended()
    {
        using var pipeline = new CommitPipeline(limit: 4);
        var gates = Enumerable.Range(0, 3).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        int ended = 0;
        foreach (TaskCompletionSource gate in gates)
        {
            await pipeline.HandOverAsync(async () =>
            {
                await gate.Task;
                Interlocked.Increment(ref ended);
            });
        }

        Task drained = pipeline.DrainAsync();
        gates[0].SetResult();
        gates[2].SetResult();
        await Task.Delay(50);
        Assert.False(drained.IsCompleted);

        gates[1].SetResult();
        await drained.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(3, ended);
    }

    [Fact]
    public async Task Holds_a_new_commit_back_while_as_many_as_the_limit_wait()
    {
        using var pipeline = new CommitPipeline(limit: 2);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await pipeline.HandOverAsync(() => gate.Task);
        await pipeline.HandOverAsync(() => gate.Task);

        bool thirdStarted = false;
        Task third = pipeline.HandOverAsync(() =>
        {
            thirdStarted = true;
            return Task.CompletedTask;
        });
        await Task.Delay(50);
        Assert.False(third.IsCompleted);
        Assert.False(thirdStarted);

        gate.SetResult();
        await third.WaitAsync(TimeSpan.FromSeconds(10));
        await pipeline.DrainAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(thirdStarted);
    }

    [Fact]
    public async Task After_a_commit_fails_no_call_may_start_and_the_drain_throws_that_failure()
    {
        using var pipeline = new CommitPipeline(limit: 4);
        pipeline.ThrowIfFailed();
        var failure = new InvalidOperationException("the store is gone");
        await pipeline.HandOverAsync(() => Task.FromException(failure));
        await pipeline.HandOverAsync(() => Task.CompletedTask);

        InvalidOperationException drained = await Assert.ThrowsAsync<InvalidOperationException>(pipeline.DrainAsync);
        Assert.Same(failure, drained);
        Assert.Same(failure, Assert.Throws<InvalidOperationException>(pipeline.ThrowIfFailed));
    }
}
