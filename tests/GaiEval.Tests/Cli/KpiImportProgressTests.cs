namespace GaiEval.Tests.Cli;

using GaiEval.Cli.Commands;

public sealed class KpiImportProgressTests
{
    [Fact]
    public void Tells_the_rows_read_once_per_hundred_thousand()
    {
        var error = new StringWriter();
        var progress = new KpiImportProgress(error);

        foreach (long rows in new long[] { 5_000, 95_000, 100_000, 105_000, 195_000, 205_000, 205_000, 250_123 })
        {
            progress.Report(rows);
        }

        Assert.Equal(["読み込み中: 100,000行", "読み込み中: 200,000行"], error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }
}
