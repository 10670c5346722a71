namespace GaiEval.Tests.Analysis.Statistics;

using CsCheck;
using GaiEval.Core.Analysis.Statistics;

public sealed class ConfusionMatrixTests
{
    private static readonly string[] Grades = ["正答", "部分", "誤答"];

    [Fact]
    public void Counts_pairs_with_the_automatic_verdict_as_row_and_the_human_grade_as_column()
    {
        ConfusionMatrix matrix = ConfusionMatrix.FromPairs(
            Grades,
            [("正答", "正答"), ("正答", "部分"), ("正答", "部分"), ("誤答", "正答"), ("部分", "部分")]);

        Assert.Equal(2, matrix["正答", "部分"]);
        Assert.Equal(0, matrix["部分", "正答"]);
        Assert.Equal(1, matrix[2, 0]);
        Assert.Equal(5, matrix.Total);
        Assert.Equal(2, matrix.Agreements);
        Assert.Equal(0.4, matrix.ObservedAgreement!.Value, 12);
        Assert.Equal((3, 1, 1), (matrix.AutomaticTotal(0), matrix.AutomaticTotal(1), matrix.AutomaticTotal(2)));
        Assert.Equal((2, 3, 0), (matrix.HumanTotal(0), matrix.HumanTotal(1), matrix.HumanTotal(2)));
    }

    [Fact]
    public void Keeps_the_categories_in_the_order_given()
    {
        ConfusionMatrix matrix = ConfusionMatrix.FromPairs(["incorrect", "correct"], []);

        Assert.Equal(["incorrect", "correct"], matrix.Categories);
        Assert.Equal(1, matrix.IndexOf("correct"));
    }

    [Fact]
    public void An_empty_matrix_has_no_observed_agreement()
    {
        ConfusionMatrix matrix = ConfusionMatrix.FromPairs(Grades, []);

        Assert.Equal(0, matrix.Total);
        Assert.Null(matrix.ObservedAgreement);
    }

    [Fact]
    public void Rejects_a_label_outside_the_categories()
    {
        var error = Assert.Throws<ArgumentException>(() => ConfusionMatrix.FromPairs(Grades, [("正答", "正解")]));

        Assert.Contains("正解", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_repeated_categories_and_no_categories()
    {
        Assert.Throws<ArgumentException>(() => ConfusionMatrix.FromPairs(["正答", "正答"], []));
        Assert.Throws<ArgumentException>(() => ConfusionMatrix.FromPairs([], []));
    }

    [Fact]
    public void Rejects_a_table_of_the_wrong_shape_or_with_a_negative_count()
    {
        Assert.Throws<ArgumentException>(() => ConfusionMatrix.FromCounts(Grades, new[,] { { 1, 2 }, { 3, 4 } }));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConfusionMatrix.FromCounts(["a", "b"], new[,] { { 1, -2 }, { 3, 4 } }));
    }

    [Fact]
    public void A_table_and_the_pairs_it_counts_make_equal_matrices()
    {
        ConfusionMatrix fromCounts = ConfusionMatrix.FromCounts(["correct", "incorrect"], new[,] { { 2, 1 }, { 0, 1 } });
        ConfusionMatrix fromPairs = ConfusionMatrix.FromPairs(
            ["correct", "incorrect"],
            [("correct", "correct"), ("incorrect", "incorrect"), ("correct", "incorrect"), ("correct", "correct")]);

        Assert.Equal(fromCounts, fromPairs);
        Assert.Equal(fromCounts.GetHashCode(), fromPairs.GetHashCode());
        Assert.NotEqual(fromCounts, fromCounts.Transposed());
    }

    [Fact]
    public void Transposing_swaps_the_raters_and_twice_gives_the_matrix_back() =>
        Gen.Int[0, 20].Array[9].Sample(cells =>
        {
            ConfusionMatrix matrix = ConfusionMatrix.FromCounts(Grades, Table(cells));
            ConfusionMatrix swapped = matrix.Transposed();

            for (int i = 0; i < 3; i++)
            {
                for (int j = 0; j < 3; j++)
                {
                    Assert.Equal(matrix[i, j], swapped[j, i]);
                }

                Assert.Equal(matrix.AutomaticTotal(i), swapped.HumanTotal(i));
            }

            Assert.Equal(matrix.ObservedAgreement, swapped.ObservedAgreement);
            Assert.Equal(matrix, swapped.Transposed());
        });

    [Fact]
    public void Every_pair_is_counted_once() =>
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, 2]).Array[0, 60].Sample(pairs =>
        {
            ConfusionMatrix matrix = ConfusionMatrix.FromPairs(Grades, [.. pairs.Select(p => (Grades[p.Item1], Grades[p.Item2]))]);

            Assert.Equal(pairs.Length, matrix.Total);
            Assert.Equal(pairs.Count(p => p.Item1 == p.Item2), matrix.Agreements);
            Assert.Equal(pairs.Count(p => p.Item1 == 0 && p.Item2 == 2), matrix[0, 2]);
        });

    private static int[,] Table(int[] cells)
    {
        int[,] table = new int[3, 3];
        for (int c = 0; c < 9; c++)
        {
            table[c / 3, c % 3] = cells[c];
        }

        return table;
    }
}
