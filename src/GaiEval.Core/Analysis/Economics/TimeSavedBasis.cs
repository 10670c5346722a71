namespace GaiEval.Core.Analysis.Economics;

/// <summary>How a time-saved figure was measured (DESIGN.md "Time saved"). Only the gold-set estimate has a data source yet.</summary>
public enum TimeSavedBasis
{
    /// <summary>From the gold set: each item's verdict × its manual minutes, less its review minutes (ゴールドセットによる推計).</summary>
    GoldSetEstimate,

    /// <summary>Timed on real tasks in the department (実業務での計測).</summary>
    ObservedTask,

    /// <summary>Staff's own report in a survey (職員アンケートによる自己申告).</summary>
    SurveySelfReport,
}
