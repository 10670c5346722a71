namespace GaiEval.Core.Analysis;

/// <summary>Tokens per answered call (cached answers included: the tokens describe the request and the answer).</summary>
public sealed record TokenAnalysis
{
    /// <summary>Input tokens; null when no answered call has a count.</summary>
    public TokenStatistics? Input { get; init; }

    public TokenStatistics? Output { get; init; }

    /// <summary>Share of answered calls with token counts whose counts were estimated with a tokenizer, not reported.</summary>
    public required Estimate EstimatedShare { get; init; }
}
