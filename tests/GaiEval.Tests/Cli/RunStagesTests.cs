namespace GaiEval.Tests.Cli;

using GaiEval.Tests.Support;

/// <summary>After the calls, scoring, analysis and the report files (written at once, counted) are shown as steps on stderr, in the order they run.</summary>
public sealed class RunStagesTests
{
    [Fact]
    public async Task A_run_shows_scoring_analysis_and_the_report_files_after_the_calls()
    {
        using var folder = new TempFolder();
        string plan = MiniScenario.Write(folder, 6, MiniScenario.RetrievalProvider("bm25"));

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", folder.File("results.db"), "--out", folder.File("out"));

        Assert.True(cli.ExitCode == 0, cli.Output + cli.Error);
        string[] lines = cli.Error.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        string[] expected =
        [
            "[6/6] 100%", "採点の準備", "採点 6/6 100%", "採点の保存", "結果の読み込み", "分析",
            "レポート", "レポート 7/7 100%",
        ];
        int[] at = [.. expected.Select(step => Array.FindIndex(lines, line => line.StartsWith(step, StringComparison.Ordinal)))];
        Assert.True(at.All(i => i >= 0), "missing a step in:\n" + cli.Error);
        Assert.Equal(at.Order(), at);
    }
}
