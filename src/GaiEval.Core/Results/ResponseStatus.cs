namespace GaiEval.Core.Results;

public enum ResponseStatus
{
    /// <summary>The provider answered.</summary>
    Ok,

    /// <summary>The provider failed after its retries; the error is stored.</summary>
    Error,

    /// <summary>Every attempt timed out.</summary>
    Timeout,

    /// <summary>Not sent: the item's sensitivity is above the provider's clearance.</summary>
    Withheld,
}
