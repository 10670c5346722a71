namespace GaiEval.Storage;

/// <summary>
/// Group commit: rows handed in while a commit is being written wait for it to end and then go together in the next
/// transaction, so many calls that finish at once cost one synchronous commit instead of one each. Nobody waits for a batch
/// to fill: a row that arrives when no commit is running is committed at once. Each <see cref="AddAsync"/> completes only
/// after the transaction holding its row is committed (or with that row's own error), so the guarantee of a commit per
/// call stands.
/// </summary>
/// <typeparam name="T">One row.</typeparam>
internal sealed class GroupCommit<T>
{
    private readonly Func<IReadOnlyList<T>, Task<IReadOnlyList<Exception?>>> commit;
    private readonly Lock gate = new();
    private List<Waiting> pending = [];
    private bool committing;

    /// <param name="commit">Writes the rows in one transaction and commits it; returns each row's error (null when stored).
    /// When it throws, the whole batch failed and every row gets that error.</param>
    public GroupCommit(Func<IReadOnlyList<T>, Task<IReadOnlyList<Exception?>>> commit) => this.commit = commit;

    public Task AddAsync(T row)
    {
        var waiting = new Waiting(row, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        bool lead;
        lock (gate)
        {
            pending.Add(waiting);
            lead = !committing;
            committing = true;
        }

        if (lead)
        {
            _ = Task.Run(CommitPendingAsync);
        }

        return waiting.Stored.Task;
    }

    private async Task CommitPendingAsync()
    {
        while (true)
        {
            List<Waiting> batch;
            lock (gate)
            {
                if (pending.Count == 0)
                {
                    committing = false;
                    return;
                }

                batch = pending;
                pending = [];
            }

            try
            {
                IReadOnlyList<Exception?> errors = await commit([.. batch.Select(w => w.Row)]).ConfigureAwait(false);
                for (int i = 0; i < batch.Count; i++)
                {
                    if (errors[i] is { } error)
                    {
                        batch[i].Stored.SetException(error);
                    }
                    else
                    {
                        batch[i].Stored.SetResult();
                    }
                }
            }
            catch (Exception error)
            {
                foreach (Waiting waiting in batch)
                {
                    waiting.Stored.SetException(error);
                }
            }
        }
    }

    private sealed record Waiting(T Row, TaskCompletionSource Stored);
}
