namespace GaiEval.Tests.Cli;

using GaiEval.Tests.Support;

/// <summary>run --resume RUN_ID PLAN: the stored plan is used; a different plan is noticed, a different test set refused.</summary>
public sealed class ResumePlanTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string Db => folder.File("results.db");

    [Fact]
    public async Task A_plan_with_another_test_set_is_refused_with_exit_2()
    {
        (string plan, string runId) = await RunAsync();
        string other = folder.Write("plan-other.yaml", File.ReadAllText(plan).Replace("testset: items.jsonl", "testset: items-other.jsonl", StringComparison.Ordinal));
        folder.Write("items-other.jsonl", string.Join('\n', File.ReadAllLines(folder.File("items.jsonl")).Take(2)) + "\n");

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "run", "--resume", runId, other, "--db", Db, "--out", folder.File("out"));

        Assert.Equal(2, cli.ExitCode);
        Assert.Contains($"{other}:0: testset: この計画のテストセット", cli.Error, StringComparison.Ordinal);
        Assert.Contains("再開していません", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_different_plan_with_the_same_test_set_gets_a_notice_and_the_stored_plan_is_used()
    {
        (string plan, string runId) = await RunAsync();
        string other = folder.Write("plan-renamed.yaml", File.ReadAllText(plan).Replace("name: テスト計画", "name: 別の計画", StringComparison.Ordinal));

        using CliProcess different = await CliProcess.RunAsync(folder.Path, "run", "--resume", runId, other, "--db", Db, "--out", folder.File("out"));
        using CliProcess same = await CliProcess.RunAsync(folder.Path, "run", "--resume", runId, plan, "--db", Db, "--out", folder.File("out"));

        Assert.True(different.ExitCode == 0, different.Output + different.Error);
        Assert.Contains($"注意: 指定した計画 {other} は実行 {runId} の開始時の計画", different.Error, StringComparison.Ordinal);
        Assert.Contains("計画: テスト計画", different.Output, StringComparison.Ordinal);
        Assert.True(same.ExitCode == 0, same.Output + same.Error);
        Assert.DoesNotContain("注意: 指定した計画", same.Error, StringComparison.Ordinal);
    }

    private async Task<(string Plan, string RunId)> RunAsync()
    {
        string plan = MiniScenario.Write(folder, 3, MiniScenario.RetrievalProvider("base"));
        using CliProcess run = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", Db, "--out", folder.File("out"));
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        return (plan, Path.GetFileName(Directory.GetDirectories(folder.File("out")).Single()));
    }
}
