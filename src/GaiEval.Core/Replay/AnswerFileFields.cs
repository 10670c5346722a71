namespace GaiEval.Core.Replay;

/// <summary>The fields of a line of an answers file.</summary>
internal static class AnswerFileFields
{
    public const string Id = "id";
    public const string Answer = "answer";
    public const string InputTokens = "input_tokens";
    public const string OutputTokens = "output_tokens";
    public const string LatencyMs = "latency_ms";

    public static IReadOnlyList<string> All { get; } = [Id, Answer, InputTokens, OutputTokens, LatencyMs];
}
