namespace GaiEval.Core.Rounds.Submissions;

/// <summary>The keys allowed in each mapping of <c>submission.yaml</c>, and the provider keys a vendor may not set.</summary>
internal static class SubmissionKeys
{
    public static IReadOnlyList<string> Root { get; } =
    [
        "vendor", "product", "model", "model_version", "method", "deployment", "hosting", "data_terms", "pricing", "contact",
        "variants_tried", "statement", "endpoint", "answers",
    ];

    public static IReadOnlyList<string> Contact { get; } = ["name", "email"];

    public static IReadOnlyList<string> Statement { get; } = ["text", "signed_by", "date"];

    public static IReadOnlyList<string> Endpoint { get; } = ["adapter", "endpoint", "model", "api_key_env", "api_version", "http", "tokenizer"];

    /// <summary>Plan provider keys the ward assigns, or sets alike for every endpoint of a round.</summary>
    public static IReadOnlyList<string> WardAssigned { get; } =
        ["id", "name", "candidate", "clearance", "system_prompt", "retrieval", "rag", "limits", "temperature", "max_output_tokens"];

    /// <summary>Plan provider keys that a submission writes at its top level instead.</summary>
    public static IReadOnlyList<string> TopLevel { get; } = ["method", "deployment", "pricing"];
}
