namespace GaiEval.Reporting.Json;

using System.Text.Json.Serialization;
using GaiEval.Core.Analysis;

/// <summary>
/// GaiEval's own figures of one perspective: every answer (probe × repeat) counted once; the score is the acceptable share
/// of the decided answers with its 95% Wilson interval; undecided answers (awaiting a judge or a person, or a failed call)
/// are never counted as acceptable.
/// </summary>
public sealed record AisevPerspectiveTally(
    int N,
    int Acceptable,
    int NotAcceptable,
    int Undecided,
    int FailedCalls,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? Score,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? WilsonLow,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] double? WilsonHigh)
{
    public static AisevPerspectiveTally Of(int acceptable, int notAcceptable, int undecided, int failedCalls)
    {
        int decided = acceptable + notAcceptable;
        Proportion share = Proportion.Wilson(acceptable, decided);
        return new(
            decided + undecided,
            acceptable,
            notAcceptable,
            undecided,
            failedCalls,
            share.Value,
            decided == 0 ? null : share.Low,
            decided == 0 ? null : share.High);
    }
}
