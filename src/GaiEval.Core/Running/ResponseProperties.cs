namespace GaiEval.Core.Running;

/// <summary>
/// Keys of <c>ChatResponse.AdditionalProperties</c> that middleware and adapters use to hand measurements to the runner.
/// </summary>
public static class ResponseProperties
{
    /// <summary>double: wall time of the call that produced the response, to its last token.</summary>
    public const string LatencyMs = "gaieval.latency_ms";

    /// <summary>double: time to first token (streaming).</summary>
    public const string TimeToFirstTokenMs = "gaieval.ttft_ms";

    /// <summary>string: the tokenizer name when Usage was estimated rather than reported.</summary>
    public const string EstimatedWith = "gaieval.tokens_estimated_with";

    /// <summary>string[]: ids of the knowledge chunks retrieved for this call.</summary>
    public const string RetrievedIds = "gaieval.retrieved_ids";

    /// <summary>string[]: the text of each retrieved chunk as the provider was given it, in the order of <see cref="RetrievedIds"/>.</summary>
    public const string RetrievedTexts = "gaieval.retrieved_texts";

    /// <summary>int: attempts made (1 = no retry).</summary>
    public const string Attempts = "gaieval.attempts";

    /// <summary>
    /// bool: replayed from an answers file, whose latency (<see cref="LatencyMs"/>, absent when the file gives none) is
    /// kept: the time to read it is no latency of the provider's.
    /// </summary>
    public const string Replayed = "gaieval.replayed";

    /// <summary>bool: served from the response cache.</summary>
    public const string Cached = "gaieval.cached";
}
