namespace GaiEval.Core.Analysis.Review;

using System.Globalization;
using GaiEval.Core.Results;
using GaiEval.Core.Scoring;

/// <summary>
/// One judge evaluator on one answer, as its metrics record it in their metadata (each metric of the evaluation carries the
/// same figures): <see cref="Attempts"/> calls of the judge, two when the first reply was repaired.
/// </summary>
internal sealed record JudgeEvaluation(ResponseKey Key, string Evaluator, string ProviderId, string Model, long InputTokens, long OutputTokens, double? LatencyMs, int Attempts)
{
    /// <summary>The evaluation behind a judge metric; null when the judge was not called (above its clearance, skipped, not a judge's).</summary>
    public static JudgeEvaluation? Of(ScoreRecord score)
    {
        if (score.Metadata is not { } metadata
            || !metadata.TryGetValue(ScoringJudge.ProviderKey, out string? provider)
            || Number(metadata, JudgeCallMetadata.AttemptsKey) is not { } attempts)
        {
            return null;
        }

        return new JudgeEvaluation(
            score.Key,
            score.Evaluator,
            provider,
            metadata.GetValueOrDefault(JudgeCallMetadata.ModelKey, string.Empty),
            Number(metadata, JudgeCallMetadata.InputTokensKey) ?? 0,
            Number(metadata, JudgeCallMetadata.OutputTokensKey) ?? 0,
            Number(metadata, JudgeCallMetadata.LatencyKey),
            (int)attempts);
    }

    private static long? Number(IReadOnlyDictionary<string, string> metadata, string key) =>
        metadata.TryGetValue(key, out string? text) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long value) ? value : null;
}
