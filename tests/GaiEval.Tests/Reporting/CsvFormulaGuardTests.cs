namespace GaiEval.Tests.Reporting;

using GaiEval.Reporting.Csv;

public sealed class CsvFormulaGuardTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+81-3-5318-2100", "'+81-3-5318-2100")]
    [InlineData("-1+2", "'-1+2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("手数料は300円です", "手数料は300円です")]
    [InlineData("", "")]
    public void Cells_a_spreadsheet_would_run_get_a_leading_apostrophe(string cell, string expected) =>
        Assert.Equal(expected, CsvFormulaGuard.Neutralize(cell));

    [Fact]
    public void A_missing_cell_stays_missing() => Assert.Null(CsvFormulaGuard.Neutralize(null));
}
