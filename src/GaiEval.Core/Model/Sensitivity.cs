namespace GaiEval.Core.Model;

/// <summary>How sensitive an item is; ordered, so a provider's clearance is the highest value it may receive.</summary>
public enum Sensitivity
{
    Public = 0,
    Internal = 1,
    Confidential = 2,
}
