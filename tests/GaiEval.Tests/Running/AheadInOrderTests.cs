namespace GaiEval.Tests.Running;

using GaiEval.Core.Running;

public sealed class AheadInOrderTests
{
    [Fact]
    public void Yields_every_result_in_the_blocks_order_though_a_later_block_ends_first()
    {
        using var firstMayEnd = new ManualResetEventSlim();
        int[] results = [.. AheadInOrder.Map(Enumerable.Range(0, 50), block =>
        {
            if (block == 0)
            {
                // Block 0 waits until block 1 has ended on another thread.
                Assert.True(firstMayEnd.Wait(TimeSpan.FromSeconds(30)));
            }
            else if (block == 1)
            {
                firstMayEnd.Set();
            }

            return block * 10;
        })];

        Assert.Equal(Enumerable.Range(0, 50).Select(block => block * 10), results);
    }

    [Fact]
    public void Cuts_a_count_into_slices_that_cover_each_element_once()
    {
        Assert.Equal([(0, 4), (4, 4), (8, 2)], AheadInOrder.MapSlices(10, 4, (start, count) => (start, count)));
        Assert.Empty(AheadInOrder.MapSlices(0, 4, (start, count) => start));
    }

    [Fact]
    public void Throws_the_exception_of_a_failed_block_itself()
    {
        var error = Assert.Throws<InvalidDataException>(() => AheadInOrder.Map(Enumerable.Range(0, 5), block => block == 3 ? throw new InvalidDataException("block 3") : block).ToList());

        Assert.Equal("block 3", error.Message);
    }
}
