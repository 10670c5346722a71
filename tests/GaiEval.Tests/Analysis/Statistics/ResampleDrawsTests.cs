namespace GaiEval.Tests.Analysis.Statistics;

using GaiEval.Core.Analysis.Statistics;

public sealed class ResampleDrawsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1000)]
    public void Every_draw_is_a_position_of_the_sample_and_each_is_drawn_about_as_often(int n)
    {
        const int PerPosition = 2000;
        var draws = new ResampleDraws(20240401);
        int[] positions = new int[n * PerPosition];

        draws.Fill(positions, n);

        int[] counts = new int[n];
        foreach (int position in positions)
        {
            Assert.InRange(position, 0, n - 1);
            counts[position]++;
        }

        // Binomial(n·2000, 1/n): the standard deviation is at most √2000 ≈ 44.7; six of them bound every count.
        Assert.All(counts, count => Assert.InRange(count, PerPosition - 270, PerPosition + 270));
    }

    [Fact]
    public void The_same_seed_draws_the_same_positions_and_another_seed_others()
    {
        int[] first = Draw(1);
        int[] again = Draw(1);
        int[] other = Draw(2);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(3200)]
    public void A_tally_counts_the_very_positions_fill_draws_in_turn(int n)
    {
        var filling = new ResampleDraws(20240401);
        var tallying = new ResampleDraws(20240401);
        int[] positions = new int[n];
        for (int resample = 0; resample < 3; resample++)
        {
            filling.Fill(positions, n);
            int[] expected = new int[n];
            foreach (int position in positions)
            {
                expected[position]++;
            }

            int[] counts = new int[n];
            tallying.Tally(counts, n);

            Assert.Equal(expected, counts);
        }
    }

    private static int[] Draw(int seed)
    {
        var draws = new ResampleDraws(seed);
        int[] positions = new int[100];
        draws.Fill(positions, 1_000_003);
        return positions;
    }
}
