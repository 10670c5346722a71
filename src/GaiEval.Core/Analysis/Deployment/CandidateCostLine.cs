namespace GaiEval.Core.Analysis.Deployment;

/// <summary>
/// A candidate's monthly cost as a line in the volume (fixed, one-off spread included, + per task × volume), in the plan's
/// currency; <see cref="Foreign"/> when its prices are in another currency and so move with the exchange rate;
/// <see cref="Complete"/> when its one-off costs are stated in full (else the line is a lower bound).
/// </summary>
internal sealed record CandidateCostLine(double FixedMonthly, double VariablePerTask, bool Foreign, bool Complete = true)
{
    public double At(double volume, double exchangeFactor = 1) =>
        (FixedMonthly + (VariablePerTask * volume)) * (Foreign ? exchangeFactor : 1);
}
