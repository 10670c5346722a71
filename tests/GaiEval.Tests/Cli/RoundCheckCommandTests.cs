namespace GaiEval.Tests.Cli;

using GaiEval.Tests.Support;

/// <summary><c>gaieval round check</c> through the real command: the sample submission passes; an answer to a hidden item does not.</summary>
public sealed class RoundCheckCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_sample_submission_passes_given_as_a_folder_with_a_trailing_slash_and_its_facts_are_printed()
    {
        string root = RepositoryPaths.Root();

        using CliProcess check = await CliProcess.RunAsync(root, "round", "check",
            Path.Combine("testsets", "sample-ward", "submissions", "example-vendor") + Path.DirectorySeparatorChar, "--testset", Path.Combine("testsets", "sample-ward", "plan.yaml"));

        Assert.True(check.ExitCode == 0, check.Output + check.Error);
        Assert.Contains("この応募の前に試した版: 2", check.Output, StringComparison.Ordinal);
        Assert.Contains("回答ファイル: 公開項目 145問すべてに回答", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_leaves_a_public_item_unanswered_is_refused_as_the_rounds_run_would_refuse_it()
    {
        string sample = Path.Combine(RepositoryPaths.Root(), "testsets", "sample-ward", "submissions", "example-vendor");
        folder.Write("sub/submission.yaml", File.ReadAllText(Path.Combine(sample, "submission.yaml")));
        folder.Write("sub/answers.jsonl", string.Join("\n", File.ReadAllLines(Path.Combine(sample, "answers.jsonl")).Where(l => !l.Contains("\"a-002\"", StringComparison.Ordinal))) + "\n");

        using CliProcess check = await CliProcess.RunAsync(RepositoryPaths.Root(), "round", "check", folder.File("sub"), "--testset", Path.Combine("testsets", "sample-ward", "plan.yaml"));

        Assert.Equal(2, check.ExitCode);
        Assert.Contains("公開項目のうち 1 問に回答がありません（a-002）", check.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_to_a_hidden_item_is_refused_with_its_line_and_nothing_passes()
    {
        string sample = Path.Combine(RepositoryPaths.Root(), "testsets", "sample-ward", "submissions", "example-vendor");
        folder.Write("sub/submission.yaml", File.ReadAllText(Path.Combine(sample, "submission.yaml")));
        folder.Write("sub/answers.jsonl", string.Join("\n", File.ReadAllLines(Path.Combine(sample, "answers.jsonl")).Take(5)) + "\n" + """{"id": "h-001", "answer": "1通300円です。"}""" + "\n");
        folder.Write("items.jsonl", string.Join("\n",
            """{"id":"a-001","category":"住民票・戸籍","use":"対話生成","question":"q1","human_minutes":1,"review_minutes":1}""",
            """{"id":"a-002","category":"住民票・戸籍","use":"対話生成","question":"q2","human_minutes":1,"review_minutes":1}""",
            """{"id":"a-003","category":"住民票・戸籍","use":"対話生成","question":"q3","human_minutes":1,"review_minutes":1}""",
            """{"id":"a-004","category":"住民票・戸籍","use":"対話生成","question":"q4","human_minutes":1,"review_minutes":1}""",
            """{"id":"a-005","category":"住民票・戸籍","use":"対話生成","question":"q5","human_minutes":1,"review_minutes":1}""",
            """{"id":"h-001","category":"住民票・戸籍","use":"対話生成","question":"秘密の問","split":"hidden","human_minutes":1,"review_minutes":1}""") + "\n");

        using CliProcess check = await CliProcess.RunAsync(folder.Path, "round", "check", folder.File("sub"), "--testset", folder.File("items.jsonl"));

        Assert.Equal(2, check.ExitCode);
        Assert.Contains($"{folder.File("sub/answers.jsonl")}:6: id:", check.Error, StringComparison.Ordinal);
        Assert.Contains("hidden", check.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("問題なし", check.Output, StringComparison.Ordinal);
    }
}
