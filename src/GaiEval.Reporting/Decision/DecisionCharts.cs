namespace GaiEval.Reporting.Decision;

/// <summary>
/// Chart images decision.md links to, as paths relative to the report folder (e.g. accuracy.png); null leaves a chart out.
/// </summary>
public sealed record DecisionCharts
{
    public static DecisionCharts None { get; } = new();

    /// <summary>The PNG files that <c>ChartImagesWriter</c> always writes into the same folder (the cost chart only exists with prices).</summary>
    public static DecisionCharts Files { get; } = new() { Accuracy = "accuracy.png", Latency = "latency.png" };

    /// <summary>Accuracy per provider with interval bars (出力品質).</summary>
    public string? Accuracy { get; init; }

    /// <summary>Time saved per month (効果).</summary>
    public string? TimeSaved { get; init; }

    /// <summary>Monthly cost over volume with break-even points (コスト).</summary>
    public string? Cost { get; init; }

    /// <summary>Latency distribution (利用状況).</summary>
    public string? Latency { get; init; }
}
