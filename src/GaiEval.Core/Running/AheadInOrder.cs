namespace GaiEval.Core.Running;

/// <summary>
/// Maps a sequence of blocks of work on the thread pool, a few blocks ahead of the one being taken, and yields the results
/// in the blocks' order: the reader (or writer) of the results keeps one core while the other works ahead of it, and no
/// more than a few results wait in memory.
/// </summary>
public static class AheadInOrder
{
    public static IEnumerable<TResult> Map<TBlock, TResult>(IEnumerable<TBlock> blocks, Func<TBlock, TResult> map)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentNullException.ThrowIfNull(map);
        var ahead = new Queue<Task<TResult>>();
        int limit = 2 * Environment.ProcessorCount;
        foreach (TBlock block in blocks)
        {
            ahead.Enqueue(Task.Run(() => map(block)));
            if (ahead.Count > limit)
            {
                yield return ahead.Dequeue().GetAwaiter().GetResult();
            }
        }

        while (ahead.Count > 0)
        {
            yield return ahead.Dequeue().GetAwaiter().GetResult();
        }
    }

    /// <summary>
    /// <see cref="Map{TBlock, TResult}"/> over the slices of <paramref name="count"/> elements, <paramref name="size"/> at a
    /// time: <paramref name="map"/> is given each slice's start and length.
    /// </summary>
    public static IEnumerable<TResult> MapSlices<TResult>(int count, int size, Func<int, int, TResult> map)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        ArgumentNullException.ThrowIfNull(map);
        return Map(Enumerable.Range(0, (count + size - 1) / size), slice => map(slice * size, Math.Min(size, count - (slice * size))));
    }
}
