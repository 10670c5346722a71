namespace GaiEval.Core.Analysis.Economics;

/// <summary>
/// A provider's fixed monthly costs, converted into the plan's currency: monthly_fixed + seats × seat_monthly +
/// licence_monthly + server_price / server_life_months + operations_monthly.
/// </summary>
public sealed record FixedCost
{
    public required double MonthlyFixed { get; init; }

    public required int Seats { get; init; }

    /// <summary>Seats × seat_monthly.</summary>
    public required double SeatsMonthly { get; init; }

    public required double LicenceMonthly { get; init; }

    /// <summary>server_price / server_life_months.</summary>
    public required double ServerMonthly { get; init; }

    public required double OperationsMonthly { get; init; }

    public double Total => MonthlyFixed + SeatsMonthly + LicenceMonthly + ServerMonthly + OperationsMonthly;
}
