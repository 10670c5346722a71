namespace GaiEval.Tests.Cli.Postgres;

public sealed class ReportNormaliserTests
{
    [Fact]
    public void A_row_whose_response_times_differ_in_width_normalises_the_same()
    {
        string fast = "cloud   0.325    99 ms   101 ms           68*  \n";
        string slow = "cloud   0.325   102 ms  1003 ms           68*   \n";

        Assert.Equal(ReportNormaliser.Text(fast, "R"), ReportNormaliser.Text(slow, "R"));
    }

    [Fact]
    public void A_row_that_differs_in_anything_but_response_times_and_padding_still_differs()
    {
        string one = "cloud   0.325    99 ms   101 ms           68*  \n";
        string other = "cloud   0.326    99 ms   101 ms           68*  \n";

        Assert.NotEqual(ReportNormaliser.Text(one, "R"), ReportNormaliser.Text(other, "R"));
    }

    [Fact]
    public void Padding_of_a_row_without_response_times_is_kept()
    {
        Assert.NotEqual(ReportNormaliser.Text("a  b\n", "R"), ReportNormaliser.Text("a b\n", "R"));
    }
}
