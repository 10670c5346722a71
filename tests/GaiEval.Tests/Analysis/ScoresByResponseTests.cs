namespace GaiEval.Tests.Analysis;

using GaiEval.Core.Analysis;
using GaiEval.Core.Results;
using GaiEval.Tests.Storage;
using Microsoft.Extensions.AI.Evaluation;

public sealed class ScoresByResponseTests
{
    [Fact]
    public void A_responses_scores_that_come_apart_are_packed_together_and_the_last_of_a_metric_counts()
    {
        var scores = new ScoresByResponse(StorageSamples.RunId);
        ResponseKey first = new("q-10", "cloud-mini", 1), second = new("q-10", "cloud-mini", 2);

        scores.Add(Score(first, "correct", 0));
        scores.Add(Score(first, "char_f1", 0.5));
        scores.Add(Score(second, "correct", 1));
        scores.Add(Score(first, "correct", 1));

        Assert.Equal(new[] { first, second }, scores.Scores.Keys);
        Assert.Equal(new[] { "correct", "char_f1" }, scores.Scores[first].Keys);
        Assert.Equal(1, scores.Scores[first]["correct"].Value);
        Assert.Equal(0.5, scores.Scores[first]["char_f1"].Value);
        Assert.Equal(1, scores.Scores[second]["correct"].Value);
        Assert.Equal(StorageSamples.RunId, scores.Scores[second]["correct"].RunId);
    }

    [Fact]
    public void Equal_details_read_as_separate_strings_are_held_once_and_a_difference_keeps_its_own()
    {
        var scores = new ScoresByResponse(StorageSamples.RunId);
        ResponseKey first = new("q-10", "cloud-mini", 1), second = new("q-2", "cloud-mini", 1);
        ScoreRecord Copied(ResponseKey key, string reason) => Score(key, new string("correct"), 1) with
        {
            Reason = new string(reason),
            Interpretation = new ScoreInterpretation(EvaluationRating.Good, false, new string("規則を満たす")),
            Metadata = new Dictionary<string, string> { ["tokenization"] = new string("char") },
        };

        scores.Add(Copied(first, "必須語句「戸籍住民課」が一致"));
        scores.Add(Copied(second, "必須語句「戸籍住民課」が一致"));
        scores.Add(Copied(new ResponseKey("q-1", "cloud-mini", 1), "必須語句「戸籍住民課」が不一致"));

        ScoreRecord a = scores.Scores[first]["correct"], b = scores.Scores[second]["correct"];
        ScoreRecord other = scores.Scores[new ResponseKey("q-1", "cloud-mini", 1)]["correct"];
        Assert.Same(a.Reason, b.Reason);
        Assert.Same(a.Metric, b.Metric);
        Assert.Same(a.Interpretation, b.Interpretation);
        Assert.Same(a.Metadata, b.Metadata);
        Assert.Equal("必須語句「戸籍住民課」が不一致", other.Reason);
        Assert.Same(a.Interpretation, other.Interpretation);
    }

    private static ScoreRecord Score(ResponseKey key, string metric, double value) =>
        StorageSamples.Score(key.ItemId, key.ProviderId, key.Repeat, metric, value);
}
