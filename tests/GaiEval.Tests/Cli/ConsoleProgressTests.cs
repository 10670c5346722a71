namespace GaiEval.Tests.Cli;

using GaiEval.Cli.Console;
using GaiEval.Core.Running;

public sealed class ConsoleProgressTests
{
    [Fact]
    public void On_a_terminal_the_first_call_is_drawn_in_place_and_the_line_is_ended_at_the_end()
    {
        var error = new StringWriter();
        var progress = new ConsoleProgress(error, interactive: true);

        progress.Report(new RunProgress(1, 3, 0, "cloud", 1, 3, TimeSpan.FromSeconds(0.5)));
        progress.Report(new RunProgress(2, 3, 0, "cloud", 2, 3, TimeSpan.FromSeconds(0.55))); // within 100 ms: not redrawn
        progress.Report(new RunProgress(3, 3, 1, "cloud", 3, 3, TimeSpan.FromSeconds(0.6)));
        progress.Complete();

        Assert.Equal(
            "\r[1/3] 33%  cloud 1/3  経過 0.5秒   \r[3/3] 100%  cloud 3/3  失敗 1  経過 0.6秒   " + Environment.NewLine,
            error.ToString());
    }
}
