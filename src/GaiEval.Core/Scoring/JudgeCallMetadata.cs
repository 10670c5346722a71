namespace GaiEval.Core.Scoring;

/// <summary>
/// Metadata keys every metric of a judge call carries: the model, the tokens, the time and the attempts of the call (both
/// attempts when the first reply was repaired). The judge evaluators write them; the analysis sums them per judge.
/// </summary>
public static class JudgeCallMetadata
{
    /// <summary>The model that answered (ChatResponse.ModelId of the last call); empty when the server named none.</summary>
    public const string ModelKey = "judge_model";

    public const string InputTokensKey = "judge_input_tokens";

    public const string OutputTokensKey = "judge_output_tokens";

    /// <summary>Wall-clock milliseconds of all the judge calls for one metric.</summary>
    public const string LatencyKey = "judge_latency_ms";

    /// <summary>1, or 2 when the first reply had to be repaired.</summary>
    public const string AttemptsKey = "judge_attempts";
}
