namespace GaiEval.Core.Analysis.Deployment;

using GaiEval.Core.Model;

/// <summary>A kind of work the recommendation is made for: a sensitivity, and a use (用途) or every use (<see cref="Use"/> null).</summary>
public sealed record DataClass(Sensitivity Sensitivity, string? Use)
{
    public bool Contains(GoldItem item) => item.Sensitivity == Sensitivity && (Use is null || item.Use == Use);
}
