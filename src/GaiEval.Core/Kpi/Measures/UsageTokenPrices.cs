namespace GaiEval.Core.Kpi.Measures;

/// <summary>Token prices to cost real use at: per 1,000,000 input and output tokens, in <see cref="Currency"/> (e.g. 円, USD).</summary>
public sealed record UsageTokenPrices(double InputPerMillion, double OutputPerMillion, string Currency)
{
    public double CostOf(long inputTokens, long outputTokens) =>
        (inputTokens / 1_000_000.0 * InputPerMillion) + (outputTokens / 1_000_000.0 * OutputPerMillion);
}
