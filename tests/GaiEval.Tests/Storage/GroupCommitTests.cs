using GaiEval.Storage;

namespace GaiEval.Tests.Storage;

public sealed class GroupCommitTests
{
    [Fact]
    public async Task Rows_that_arrive_while_a_commit_is_written_go_together_in_the_next_one()
    {
        var batches = new List<IReadOnlyList<int>>();
        var firstCommitMayEnd = new TaskCompletionSource();
        var group = new GroupCommit<int>(async rows =>
        {
            lock (batches)
            {
                batches.Add(rows);
            }

            if (rows.Contains(0))
            {
                await firstCommitMayEnd.Task;
            }

            return new Exception?[rows.Count];
        });

        Task first = group.AddAsync(0);
        await WaitUntilAsync(() => batches.Count == 1);
        Task[] others = [.. Enumerable.Range(1, 10).Select(group.AddAsync)];
        Assert.All(others, task => Assert.False(task.IsCompleted));
        firstCommitMayEnd.SetResult();
        await Task.WhenAll([first, .. others]);

        Assert.Equal([[0], [.. Enumerable.Range(1, 10)]], batches);
    }

    [Fact]
    public async Task A_row_that_cannot_be_stored_fails_alone_and_a_failed_commit_fails_its_whole_batch()
    {
        var group = new GroupCommit<int>(rows => rows.Contains(99)
            ? throw new IOException("disk full")
            : Task.FromResult<IReadOnlyList<Exception?>>([.. rows.Select(r => r == 7 ? new InvalidOperationException("duplicate") : null)]));

        await group.AddAsync(1);
        InvalidOperationException duplicate = await Assert.ThrowsAsync<InvalidOperationException>(() => group.AddAsync(7));
        IOException failed = await Assert.ThrowsAsync<IOException>(() => group.AddAsync(99));
        await group.AddAsync(2);

        Assert.Equal("duplicate", duplicate.Message);
        Assert.Equal("disk full", failed.Message);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (int i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
