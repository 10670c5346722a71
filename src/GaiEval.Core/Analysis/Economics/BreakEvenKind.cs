namespace GaiEval.Core.Analysis.Economics;

/// <summary>How two providers' monthly cost lines (fixed + per-task × volume) relate.</summary>
public enum BreakEvenKind
{
    /// <summary>The lines cross at a positive monthly volume.</summary>
    Crosses,

    /// <summary>Different per-task costs, but the lines cross only at zero or a negative volume: one is cheaper at every volume.</summary>
    NoCrossingAtPositiveVolume,

    /// <summary>Same per-task cost, different fixed cost: the lines never cross.</summary>
    Parallel,

    /// <summary>Same fixed and per-task cost: equal at every volume.</summary>
    Equal,
}
