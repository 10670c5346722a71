namespace GaiEval.Tests.Reporting;

using System.Globalization;
using GaiEval.Core.Analysis;
using GaiEval.Reporting.Text;

public sealed class NumbersTests
{
    [Theory]
    [InlineData(0.0834, "0.08 ms")]
    [InlineData(3.14159, "3.1 ms")]
    [InlineData(1234.5, "1235 ms")]
    [InlineData(null, "－")]
    public void Milliseconds_keep_small_values_visible(double? value, string expected) =>
        Assert.Equal(expected, Numbers.Milliseconds(value));

    [Fact]
    public void Numbers_do_not_follow_the_machines_culture()
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            Assert.Equal("80.0% [49.0%, 94.3%]", Numbers.WithInterval(Proportion.Wilson(8, 10)));
            Assert.Equal("0.325", Numbers.Decimal(0.3251));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void No_observations_show_a_dash_not_a_fake_zero() =>
        Assert.Equal("－", Numbers.WithInterval(Proportion.Wilson(0, 0)));
}
