namespace GaiEval.Core.Analysis.Economics;

/// <summary>A provider's mean tokens per answer, over the <paramref name="Samples"/> answers that recorded any.</summary>
internal sealed record TokenUsage(double? MeanInputTokens, double? MeanOutputTokens, int Samples, bool Estimated)
{
    public static TokenUsage None { get; } = new(null, null, 0, false);
}
