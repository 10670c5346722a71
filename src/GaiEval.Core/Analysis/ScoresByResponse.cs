namespace GaiEval.Core.Analysis;

using GaiEval.Core.Results;

/// <summary>
/// A run's scores packed by response as they are read (<see cref="ResponseScores"/>), their strings and details shared
/// (<see cref="SharedStrings"/>). The store gives each response's scores one after another, so the response of the score
/// before is tried first.
/// </summary>
internal sealed class ScoresByResponse(string runId)
{
    private readonly SharedStrings shared = new();
    private ResponseScores? last;

    public Dictionary<ResponseKey, ResponseScores> Scores { get; } = [];

    /// <summary>Packs a score among the scores of its response (the last of a metric counts).</summary>
    public void Add(ScoreRecord score)
    {
        ResponseScores metrics = last is not null && IsOf(last.Response, score) ? last : last = Of(score);
        metrics.Add(shared.Details(score), score.Value);
    }

    private static bool IsOf(ResponseKey response, ScoreRecord score) =>
        response.Repeat == score.Repeat
        && string.Equals(response.ItemId, score.ItemId, StringComparison.Ordinal)
        && string.Equals(response.ProviderId, score.ProviderId, StringComparison.Ordinal);

    private ResponseScores Of(ScoreRecord score)
    {
        var key = new ResponseKey(shared.Share(score.ItemId), shared.Share(score.ProviderId), score.Repeat);
        if (!Scores.TryGetValue(key, out ResponseScores? metrics))
        {
            Scores[key] = metrics = new ResponseScores(runId, key);
        }

        return metrics;
    }
}
