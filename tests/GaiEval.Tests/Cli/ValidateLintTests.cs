namespace GaiEval.Tests.Cli;

using GaiEval.Tests.Support;
using GaiEval.Tests.TestSets.Lint;

/// <summary><c>validate</c> reports gold-set doubts as warnings (exit 0) and, with <c>--strict</c>, as errors (exit 2).</summary>
public sealed class ValidateLintTests
{
    [Fact]
    public async Task Strict_validate_of_a_faulty_set_exits_2_and_names_every_finding_by_file_and_line()
    {
        using var folder = new TempFolder();
        string plan = LintFixture.Write(folder);

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "validate", "--strict", plan);

        Assert.True(cli.ExitCode == 2, cli.Output + cli.Error);
        foreach ((int line, string id, string field) in LintFixture.Expected)
        {
            Assert.Contains($"items.jsonl:{line}: {field}: {id}: ", cli.Error, StringComparison.Ordinal);
        }

        Assert.Contains($"正解データに {LintFixture.Expected.Length} 件の疑わしい点があります", cli.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("問題なし", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_without_strict_exits_0_and_counts_the_warnings()
    {
        using var folder = new TempFolder();
        string plan = LintFixture.Write(folder);

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "validate", plan);

        Assert.True(cli.ExitCode == 0, cli.Output + cli.Error);
        Assert.Contains($"形式の誤りなし（警告 {LintFixture.Expected.Length} 件）", cli.Output, StringComparison.Ordinal);
        Assert.Contains("items.jsonl:5: must_include: q5: ", cli.Error, StringComparison.Ordinal);
        Assert.Contains($"警告 {LintFixture.Expected.Length} 件（--strict を付けると", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Strict_validate_of_the_sample_plan_is_clean()
    {
        using CliProcess cli = await CliProcess.RunAsync(RepositoryPaths.Root(), "validate", "--strict", "testsets/sample-ward/plan.yaml");

        Assert.True(cli.ExitCode == 0, cli.Output + cli.Error);
        Assert.Contains("問題なし", cli.Output, StringComparison.Ordinal);
        Assert.Contains("罠（tags に trap）31問", cli.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, cli.Error);
    }

    [Fact]
    public async Task Validate_help_explains_the_lint_and_strict()
    {
        using CliProcess cli = await CliProcess.RunAsync(RepositoryPaths.Root(), "validate", "--help");

        Assert.Equal(0, cli.ExitCode);
        Assert.Contains("--strict", cli.Output, StringComparison.Ordinal);
        Assert.Contains("罠（tags に trap）なのに must_not_include がない", cli.Output, StringComparison.Ordinal);
    }
}
