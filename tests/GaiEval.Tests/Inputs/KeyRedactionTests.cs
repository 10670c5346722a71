namespace GaiEval.Tests.Inputs;

using GaiEval.Core.Inputs;
using GaiEval.Core.Rounds.Submissions;
using GaiEval.Tests.Support;

/// <summary>A key pasted into the wrong field never comes back in an error message, whichever check quotes the value.</summary>
public sealed class KeyRedactionTests : IDisposable
{
    private const string Key = "sk-proj-Ab3dEf6hIj9kLm2nOp5q";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_key_written_as_a_submissions_e_mail_is_reported_without_being_repeated()
    {
        string sample = Path.Combine(RepositoryPaths.Root(), "testsets", "sample-ward", "submissions", "example-vendor");
        string manifest = File.ReadAllText(Path.Combine(sample, "submission.yaml"));
        int at = manifest.IndexOf("email:", StringComparison.Ordinal);
        int end = manifest.IndexOf('\n', at);
        folder.Write("sub/submission.yaml", manifest[..at] + $"email: {Key}" + manifest[end..]);
        folder.Write("sub/answers.jsonl", File.ReadAllText(Path.Combine(sample, "answers.jsonl")));

        IReadOnlyList<InputError> errors = Assert.Throws<InputException>(() => SubmissionLoader.Load(folder.File("sub"))).Errors;

        Assert.Contains(errors, e => e.Field.EndsWith("email", StringComparison.Ordinal));
        Assert.All(errors, e => Assert.DoesNotContain("Ab3dEf6hIj9kLm2nOp5q", e.ToString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("指定値: 「sk-proj-Ab3dEf6hIj9kLm2nOp5q」", "指定値: 「（キーらしい値のため表示しません）」")]
    [InlineData("AKIAABCDEFGHIJKLMNOP は使えません", "（キーらしい値のため表示しません） は使えません")]
    [InlineData("testsets/risk-probes-extended/items.jsonl が見つかりません", "testsets/risk-probes-extended/items.jsonl が見つかりません")]
    [InlineData("task-management-2026 は不明な項目です", "task-management-2026 は不明な項目です")]
    public void Runs_that_start_as_a_key_are_replaced_and_words_that_merely_contain_a_prefix_are_not(string message, string shown)
    {
        var errors = new InputErrorCollector("plan.yaml");

        errors.Add(3, "x", message);

        Assert.Equal(shown, errors.Errors[0].Message);
    }
}
