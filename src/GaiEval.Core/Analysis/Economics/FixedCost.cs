namespace GaiEval.Core.Analysis.Economics;

/// <summary>
/// A provider's fixed monthly costs, converted into the plan's currency: monthly_fixed + seats × seat_monthly +
/// licence_monthly + server_price / server_life_months + operations_monthly + the one-off costs ÷ contract_months.
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

    /// <summary>The stated one-off costs ÷ contract_months (0 when the profile states none).</summary>
    public double OneOffMonthly { get; init; }

    /// <summary>The running costs alone, without the one-off costs spread over the term.</summary>
    public double Running => MonthlyFixed + SeatsMonthly + LicenceMonthly + ServerMonthly + OperationsMonthly;

    public double Total => Running + OneOffMonthly;
}
