namespace GaiEval.Tests.Cli;

using System.Text.RegularExpressions;
using GaiEval.Cli.Console;
using GaiEval.Core.Running;

public sealed partial class StageProgressTests
{
    [Fact]
    public void Redirected_it_writes_a_line_per_step_and_every_tenth_of_a_count_then_the_step_after_the_last()
    {
        var error = new StringWriter();
        using (var stages = new StageProgress(error, interactive: false))
        {
            stages.Step("採点の準備");
            IProgress<RunProgress> scoring = stages.Counted("採点", afterLast: "採点の保存");
            foreach (int finished in new[] { 1, 2, 3, 5, 6, 10, 11, 19, 20, 18 })
            {
                scoring.Report(new RunProgress(finished, 20, 0, "採点", finished, 20, TimeSpan.Zero));
            }

            stages.Step("分析");
        }

        // Tenths reached: 1 -> 0, 2 -> 1, 3 -> 1 (no line), 5 -> 2, 6 -> 3, 10 -> 5, 11 -> 5 (no line), 19 -> 9, 20 -> 10;
        // 18 told after the last is not shown.
        Assert.Equal(
            ["採点の準備", "採点", "採点 1/20 5%", "採点 2/20 10%", "採点 5/20 25%", "採点 6/20 30%", "採点 10/20 50%", "採点 19/20 95%", "採点 20/20 100%", "採点の保存", "分析"],
            Lines(error));
    }

    [Fact]
    public void On_a_terminal_a_step_rewrites_its_line_and_the_next_step_starts_on_a_new_one()
    {
        var error = new StringWriter();
        using (var stages = new StageProgress(error, interactive: true))
        {
            stages.Step("分析");
            stages.Step("レポート report.html");
        }

        string written = error.ToString();
        // Each line is drawn when its step starts and again, with its final elapsed time, when it ends.
        string line = @"  経過 \d+\.\d秒 *";
        Assert.Matches(
            $@"^\r分析{line}\r分析{line}{Regex.Escape(Environment.NewLine)}\rレポート report\.html{line}\rレポート report\.html{line}{Regex.Escape(Environment.NewLine)}$",
            written);
    }

    private static string[] Lines(StringWriter error) =>
        [.. error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries).Select(line => Elapsed().Replace(line, string.Empty))];

    [GeneratedRegex(@"  経過 \d+\.\d秒$")]
    private static partial Regex Elapsed();
}
