namespace GaiEval.Core.Plans;

/// <summary>A provider's prices: per million tokens, plus a fixed monthly amount.</summary>
public sealed record Pricing
{
    public string Currency { get; init; } = "JPY";

    public double InputPer1M { get; init; }

    public double OutputPer1M { get; init; }

    public double MonthlyFixed { get; init; }
}
