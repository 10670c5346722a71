namespace GaiEval.Core.Review;

using GaiEval.Core.Results;

/// <summary>
/// What a review import stores: the grades, how many sheet rows had no grade, how many grades change the automatic
/// verdict (<see cref="Analysis.ResponseVerdict.OverridesAutomatic"/>: of these, <paramref name="WithoutAutomatic"/> gave a
/// verdict to an answer that had none), and how many replace an earlier grade of the same answer.
/// </summary>
public sealed record ReviewImportBatch(
    IReadOnlyList<HumanGradeRecord> Grades, int UngradedRows, int OverridingAutomatic, int WithoutAutomatic, int ReplacingEarlier)
{
    public int Count(HumanGrade grade) => Grades.Count(record => record.Grade == grade);
}
