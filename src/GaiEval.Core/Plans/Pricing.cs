namespace GaiEval.Core.Plans;

/// <summary>
/// A provider's prices in <see cref="Currency"/>: per million tokens, and the fixed monthly costs of running it (TCO:
/// a flat fee, seats, licences, a server spread over its life, operations).
/// </summary>
public sealed record Pricing
{
    // "?? default" in init: JSON stored before a member existed lacks it, and generated metadata passes null (dotnet/runtime#84484).
    public string Currency { get; init => field = value ?? "JPY"; } = "JPY";

    public double InputPer1M { get; init; }

    public double OutputPer1M { get; init; }

    /// <summary>A flat monthly fee (a platform's contract, a reserved capacity).</summary>
    public double MonthlyFixed { get; init; }

    /// <summary>Number of user seats (利用者数) billed per month.</summary>
    public int Seats { get; init; }

    public double SeatMonthly { get; init; }

    public double LicenceMonthly { get; init; }

    /// <summary>Purchase price of the server, spread over <see cref="ServerLifeMonths"/>.</summary>
    public double ServerPrice { get; init; }

    /// <summary>Months the server is used (耐用月数); required when <see cref="ServerPrice"/> is above 0.</summary>
    public int? ServerLifeMonths { get; init; }

    /// <summary>Monthly operation and maintenance (保守・運用).</summary>
    public double OperationsMonthly { get; init; }
}
