using GaiEval.Core.Kpi;

namespace GaiEval.Storage.Rows;

/// <summary>A row of <c>kpi_usage_events</c>.</summary>
internal sealed record KpiUsageRow
{
    public const string SelectColumns =
        "timestamp AS Timestamp, \"user\" AS User, department AS Department, input_tokens AS InputTokens, output_tokens AS OutputTokens, " +
        "model AS Model, use AS Use, feedback AS Feedback, from_harness AS FromHarness";

    public static readonly IReadOnlyList<string> Columns =
        ["timestamp", "user", "department", "input_tokens", "output_tokens", "model", "use", "feedback", "from_harness"];

    public required DateTimeOffset Timestamp { get; init; }

    public required string User { get; init; }

    public string? Department { get; init; }

    public long? InputTokens { get; init; }

    public long? OutputTokens { get; init; }

    public string? Model { get; init; }

    public string? Use { get; init; }

    public string? Feedback { get; init; }

    public required long FromHarness { get; init; }

    public static object?[] Values(UsageEvent usage) =>
    [
        DateTimeOffsetHandler.Format(usage.Timestamp), usage.User, usage.Department, usage.InputTokens, usage.OutputTokens, usage.Model,
        usage.Use, usage.Feedback is { } feedback ? EnumText<UsageFeedback>.Format(feedback) : null, usage.FromHarness ? 1 : 0,
    ];

    public UsageEvent ToRecord() => new()
    {
        Timestamp = Timestamp,
        User = User,
        Department = Department,
        InputTokens = InputTokens,
        OutputTokens = OutputTokens,
        Model = Model,
        Use = Use,
        Feedback = Feedback is null ? null : EnumText<UsageFeedback>.Parse(Feedback),
        FromHarness = FromHarness != 0,
    };
}
