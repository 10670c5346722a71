namespace GaiEval.Tests.Reporting.Html;

using GaiEval.Core.Analysis;
using GaiEval.Core.Results;
using GaiEval.Reporting.Html;

public sealed class ItemAnswersTests
{
    [Fact]
    public void Gives_an_item_s_answers_of_one_provider_by_repeat_and_of_the_same_repeat_in_stored_order()
    {
        ResponseSummary[] stored =
        [
            Answer("q-10", "cloud", 2, "q-10 cloud 2"),
            Answer("q-1", "cloud", 2, "q-1 cloud 2"),
            Answer("q-1", "local", 1, "q-1 local 1"),
            Answer("q-1", "cloud", 1, "q-1 cloud 1 first"),
            Answer("q-2", "cloud", 1, "q-2 cloud 1"),
            Answer("q-1", "cloud", 1, "q-1 cloud 1 second"),
            Answer("q-10", "cloud", 1, "q-10 cloud 1"),
        ];

        var answers = new ItemAnswers(stored);

        Assert.Equal(["q-1 cloud 1 first", "q-1 cloud 1 second", "q-1 cloud 2"], answers.Of("q-1", "cloud").Select(a => a.Error));
        Assert.Equal(["q-1 local 1"], answers.Of("q-1", "local").Select(a => a.Error));
        Assert.Equal(["q-10 cloud 1", "q-10 cloud 2"], answers.Of("q-10", "cloud").Select(a => a.Error));
        Assert.Equal(["q-2 cloud 1"], answers.Of("q-2", "cloud").Select(a => a.Error));
        Assert.Empty(answers.Of("q-2", "local"));
        Assert.Empty(answers.Of("q-0", "cloud"));
        Assert.Empty(answers.Of("q-3", "cloud"));
        Assert.Empty(new ItemAnswers([]).Of("q-1", "cloud"));
    }

    // The error field carries a label, so that each answer can be told apart in the assertions.
    private static ResponseSummary Answer(string itemId, string providerId, int repeat, string label) => new()
    {
        RunId = "run",
        ItemId = itemId,
        ProviderId = providerId,
        Repeat = repeat,
        Status = ResponseStatus.Error,
        Error = label,
        StartedAt = DateTimeOffset.UnixEpoch,
        FinishedAt = DateTimeOffset.UnixEpoch,
    };
}
