namespace GaiEval.Tests.Support;

/// <summary>How <see cref="FakeOpenAiServer"/> misbehaves on one request. Create one with the static members.</summary>
public sealed record FakeOpenAiFault
{
    private FakeOpenAiFault(FakeOpenAiFaultKind kind)
    {
        Kind = kind;
    }

    public FakeOpenAiFaultKind Kind { get; }

    /// <summary>The HTTP status of an error reply.</summary>
    public int Status { get; private init; }

    /// <summary>The error message of an error reply (OpenAI's <c>{"error":{"message":…}}</c>).</summary>
    public string Message { get; private init; } = string.Empty;

    /// <summary>Sent as <c>Retry-After</c> (whole seconds, or an HTTP date when <see cref="RetryAfterAsDate"/>).</summary>
    public TimeSpan? RetryAfter { get; private init; }

    public bool RetryAfterAsDate { get; private init; }

    /// <summary>Sent as <c>retry-after-ms</c>.</summary>
    public TimeSpan? RetryAfterMs { get; private init; }

    /// <summary>How long a <see cref="Slow"/> reply waits before answering normally.</summary>
    public TimeSpan Delay { get; private init; }

    /// <summary>429 Too Many Requests, with <c>Retry-After</c> in seconds (or as an HTTP date) when given.</summary>
    public static FakeOpenAiFault TooManyRequests(TimeSpan? retryAfter = null, bool asHttpDate = false, TimeSpan? retryAfterMs = null) =>
        Error(429, "Rate limit reached for requests") with { RetryAfter = retryAfter, RetryAfterAsDate = asHttpDate, RetryAfterMs = retryAfterMs };

    /// <summary>500 Internal Server Error.</summary>
    public static FakeOpenAiFault ServerError() => Error(500, "The server had an error while processing your request.");

    /// <summary>503 Service Unavailable, with <c>Retry-After</c> in seconds when given.</summary>
    public static FakeOpenAiFault ServiceUnavailable(TimeSpan? retryAfter = null) =>
        Error(503, "The engine is currently overloaded, please try again later") with { RetryAfter = retryAfter };

    /// <summary>Any error status with an OpenAI-style error body.</summary>
    public static FakeOpenAiFault Error(int status, string message) =>
        new(FakeOpenAiFaultKind.Error) { Status = status, Message = message };

    /// <summary>401 whose message repeats the key the client sent (as some gateways do), to test that it is redacted.</summary>
    public static FakeOpenAiFault UnauthorizedEchoingKey() => new(FakeOpenAiFaultKind.UnauthorizedEchoingKey) { Status = 401 };

    /// <summary>Waits <paramref name="delay"/> (or until the client gives up), then answers normally.</summary>
    public static FakeOpenAiFault Slow(TimeSpan delay) => new(FakeOpenAiFaultKind.Slow) { Delay = delay };

    /// <summary>200 with a body that is not JSON (plain), or a data line that is not JSON (stream).</summary>
    public static FakeOpenAiFault InvalidJson() => new(FakeOpenAiFaultKind.InvalidJson);

    /// <summary>200 with an empty <c>choices</c> list (plain), or a stream with a usage chunk and no choice chunks.</summary>
    public static FakeOpenAiFault NoChoices() => new(FakeOpenAiFaultKind.NoChoices);

    /// <summary>Resets the connection before any reply (<c>HttpContext.Abort</c>).</summary>
    public static FakeOpenAiFault ConnectionReset() => new(FakeOpenAiFaultKind.ConnectionReset);

    /// <summary>A stream that ends cleanly after half of its text chunks: no finish reason, no usage, no <c>[DONE]</c>.</summary>
    public static FakeOpenAiFault StreamCut() => new(FakeOpenAiFaultKind.StreamCut);

    /// <summary>A stream whose connection is reset after half of its text chunks.</summary>
    public static FakeOpenAiFault StreamReset() => new(FakeOpenAiFaultKind.StreamReset);
}

/// <summary>The kinds of <see cref="FakeOpenAiFault"/>.</summary>
public enum FakeOpenAiFaultKind
{
    Error,
    UnauthorizedEchoingKey,
    Slow,
    InvalidJson,
    NoChoices,
    ConnectionReset,
    StreamCut,
    StreamReset,
}
