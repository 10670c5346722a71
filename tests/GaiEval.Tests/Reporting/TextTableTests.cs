namespace GaiEval.Tests.Reporting;

using GaiEval.Reporting.Text;

public sealed class TextTableTests
{
    [Fact]
    public void Japanese_text_counts_two_columns_so_columns_line_up()
    {
        var table = new TextTable(["提供先", "n"], [false, true]);
        table.Add(["検索", "12"]);
        table.Add(["bm25", "3"]);

        string[] lines = table.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(["提供先   n", "------  --", "検索    12", "bm25     3"], lines);
        Assert.Single(lines.Select(DisplayWidth.Of).Distinct());
    }

    [Theory]
    [InlineData("abc", 3)]
    [InlineData("正答率", 6)]
    [InlineData("ＡＢ", 4)]
    [InlineData("ｶﾅ", 2)]
    public void Display_width_counts_wide_characters_twice(string text, int width) => Assert.Equal(width, DisplayWidth.Of(text));
}
