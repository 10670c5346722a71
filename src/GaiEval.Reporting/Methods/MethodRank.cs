namespace GaiEval.Reporting.Methods;

/// <summary>Where a cell stands in its row of per-use accuracy: best, worst or neither.</summary>
internal enum MethodRank
{
    None,
    Best,
    Worst,
}
