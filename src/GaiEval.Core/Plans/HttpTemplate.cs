namespace GaiEval.Core.Plans;

/// <summary>
/// How the generic <c>http</c> adapter calls a platform product's own API: the request (method, headers, a JSON body
/// template) and where the answer and token counts are in the JSON reply.
/// </summary>
/// <remarks>
/// The URL is the profile's <c>endpoint</c>. Header values may name environment variables as <c>${NAME}</c>; their
/// values are read when the client is created and never stored. A key written into a header literally is refused. The body template's placeholders <c>{{question}}</c>,
/// <c>{{system_prompt}}</c>, <c>{{context}}</c> and <c>{{prompt}}</c> (question and context as one message) are replaced
/// by JSON-escaped text, so the template stays valid JSON. Paths are dotted JSON paths such as
/// <c>data.answer</c> or <c>choices[0].message.content</c>.
/// </remarks>
public sealed record HttpTemplate
{
    // "?? default" in init: JSON stored before a member existed lacks it, and generated metadata passes null (dotnet/runtime#84484).
    public string Method { get; init => field = value ?? "POST"; } = "POST";

    public IReadOnlyDictionary<string, string> Headers { get; init => field = value ?? new Dictionary<string, string>(); } = new Dictionary<string, string>();

    public required string Body { get; init; }

    public required string AnswerPath { get; init; }

    public string? InputTokensPath { get; init; }

    public string? OutputTokensPath { get; init; }
}
