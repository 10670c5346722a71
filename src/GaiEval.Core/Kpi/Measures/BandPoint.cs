namespace GaiEval.Core.Kpi.Measures;

/// <summary>Where a band answer (「15〜30分」) is read: at its lower edge (the default), or at its midpoint.</summary>
public enum BandPoint
{
    LowerEdge,

    /// <summary>The middle of the band; an open-ended band (「60分以上」) has none and is read at its lower edge.</summary>
    Midpoint,
}
