namespace GaiEval.Tests.Cli;

using System.Globalization;
using GaiEval.Tests.Knowledge;
using GaiEval.Tests.Knowledge.Lint;
using GaiEval.Tests.Support;
using GaiEval.Tests.TestSets.Lint;

/// <summary><c>gaieval kb lint</c> through the real command: findings by file:line, exit 0 / 1 / 2, the sample clean with its exceptions.</summary>
public sealed class KbLintCommandTests
{
    private const string Today = "2026-12-03";

    [Fact]
    public async Task A_clean_folder_exits_0_with_a_summary()
    {
        using var folder = new TempKnowledgeFolder().Write("a.md", LintDocuments.Document(LintDocuments.CleanBody));

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "kb", "lint", folder.Path, "--today", Today);

        Assert.True(cli.ExitCode == 0, cli.Output + cli.Error);
        Assert.Contains("1 文書: 警告 0 件、注意 0 件、除外 0 件", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Planted_faults_exit_1_each_at_its_file_and_line()
    {
        using var folder = new TempKnowledgeFolder()
            .Write("a.md", LintDocuments.Document(LintDocuments.CleanBody))
            .Write("sub/b.md", LintDocuments.Document("# 受付\n\n来月から受付を始めます。\n\n![案内図](map.png)", updatedOn: "2025-01-01"));

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "kb", "lint", folder.Path, "--today", Today);

        Assert.True(cli.ExitCode == 1, cli.Output + cli.Error);
        string file = Path.Combine(folder.Path, "sub", "b.md");
        Assert.Contains($"{file}:3: 鮮度: 警告: 更新日 2025-01-01 から 701 日", cli.Output, StringComparison.Ordinal);
        Assert.Contains($"{file}:8: 相対時点: 警告: 「来月」", cli.Output, StringComparison.Ordinal);
        Assert.Contains($"{file}:10: 読めない形式: 警告: ", cli.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("a.md:", cli.Output, StringComparison.Ordinal);
        Assert.Contains("2 文書: 警告 3 件（鮮度 1、相対時点 1、読めない形式 1）、注意 0 件、除外 0 件", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_age_limit_is_an_option()
    {
        using var folder = new TempKnowledgeFolder().Write("a.md", LintDocuments.Document(LintDocuments.CleanBody, updatedOn: "2025-01-01"));

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "kb", "lint", folder.Path, "--today", Today, "--max-age-days", "800");

        Assert.True(cli.ExitCode == 0, cli.Output + cli.Error);
    }

    [Fact]
    public async Task Broken_front_matter_exits_2_with_file_and_line()
    {
        using var folder = new TempKnowledgeFolder().Write("a.md", "---\n所管課: 区民課\n更新日 2026-04-01\n---\n# 手数料\n");

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "kb", "lint", folder.Path);

        Assert.True(cli.ExitCode == 2, cli.Output + cli.Error);
        Assert.Contains($"{Path.Combine(folder.Path, "a.md")}:3: front matter: ", cli.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--today", "2026/12/03")]
    [InlineData("--max-age-days", "0")]
    public async Task A_missing_folder_or_a_bad_option_exits_2(string option, string value)
    {
        using var folder = new TempKnowledgeFolder().Write("a.md", LintDocuments.Document(LintDocuments.CleanBody));

        using CliProcess missing = await CliProcess.RunAsync(folder.Path, "kb", "lint", Path.Combine(folder.Path, "none"));
        using CliProcess bad = await CliProcess.RunAsync(folder.Path, "kb", "lint", folder.Path, option, value);

        Assert.True(missing.ExitCode == 2, missing.Output + missing.Error);
        Assert.Contains("ナレッジのフォルダが見つかりません", missing.Error, StringComparison.Ordinal);
        Assert.True(bad.ExitCode == 2, bad.Output + bad.Error);
    }

    [Fact]
    public async Task The_sample_knowledge_lints_clean_and_lists_its_exceptions()
    {
        using CliProcess cli = await CliProcess.RunAsync(RepositoryPaths.Root(), "kb", "lint", "testsets/sample-ward/knowledge", "--today", Today);

        Assert.True(cli.ExitCode == 0, cli.Output + cli.Error);
        Assert.Contains("除外: testsets/sample-ward/knowledge/naibu/bunsho.md:68: 相対時点: 警告: ", cli.Output, StringComparison.Ordinal);
        Assert.Contains("除外: testsets/sample-ward/knowledge/naibu/bunsho.md:68: 参照: 警告: ", cli.Output, StringComparison.Ordinal);
        Assert.Contains("40 文書: 警告 0 件、注意 35 件、除外 2 件（相対時点 1、参照 1）", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_of_the_sample_plan_prints_the_lint_summary_and_still_exits_0()
    {
        using CliProcess cli = await CliProcess.RunAsync(RepositoryPaths.Root(), "validate", "testsets/sample-ward/plan.yaml");

        Assert.True(cli.ExitCode == 0, cli.Output + cli.Error);
        Assert.Contains("ナレッジの検査（kb lint）: 40 文書: 警告 ", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_keeps_exit_0_when_the_knowledge_has_findings()
    {
        using var folder = new TempFolder();
        string plan = LintFixture.Write(folder);
        string updatedOn = DateTime.Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // Both documents dated today, so that the summary does not depend on when the test runs.
        folder.Write("knowledge/staff.md", LintFixture.Staff.Replace("2026-04-01", updatedOn, StringComparison.Ordinal));
        folder.Write("knowledge/fees.md", $"---\n所管課: 区民課\n更新日: {updatedOn}\n機密区分: public\n---\n## 手数料\n住民票の写しは1通300円です。来月から変わります。\n");

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "validate", plan);

        Assert.True(cli.ExitCode == 0, cli.Output + cli.Error);
        Assert.Contains("ナレッジの検査（kb lint）: 2 文書: 警告 1 件（相対時点 1）、注意 0 件、除外 0 件。詳細は gaieval kb lint ", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_explains_every_rule_and_the_exception_syntax()
    {
        using CliProcess cli = await CliProcess.RunAsync(RepositoryPaths.Root(), "kb", "lint", "--help");

        Assert.Equal(0, cli.ExitCode);
        foreach (string rule in new[] { "必須項目", "鮮度", "見出し", "相対時点", "参照", "読めない形式", "個人情報" })
        {
            Assert.Contains($"  - {rule}: ", cli.Output, StringComparison.Ordinal);
        }

        Assert.Contains("lint除外: 相対時点, 参照 と lint除外理由: …", cli.Output, StringComparison.Ordinal);
    }
}
