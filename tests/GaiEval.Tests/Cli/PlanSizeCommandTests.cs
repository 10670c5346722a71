namespace GaiEval.Tests.Cli;

using GaiEval.Cli;
using GaiEval.Cli.Commands;

public sealed class PlanSizeCommandTests
{
    [Fact]
    public void Prints_the_items_needed_and_explains_them_in_one_line()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        int code = PlanSizeCommand.Run(0.9, 0.05, 0.95, output, error);

        Assert.Equal(ExitCodes.Done, code);
        string[] lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                "必要な問題数: 141問",
                "正答率0.9前後を95%区間 ±5ポイントで測るには、ルールで採点できる問題が141問必要です（レポートと同じWilson区間で計算。正規近似 n = z²·p(1−p)/e² では139問）。",
            ],
            lines);
        Assert.Empty(error.ToString());
    }

    [Fact]
    public void Rejects_every_impossible_value_at_once_with_the_bad_input_code()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        int code = PlanSizeCommand.Run(1.2, 0, 0.95, output, error);

        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Empty(output.ToString());
        Assert.Contains("--target: 1.2 は使えません", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("--margin: 0 は使えません", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("入力に 2 件の誤りがあります。", error.ToString(), StringComparison.Ordinal);
    }
}
