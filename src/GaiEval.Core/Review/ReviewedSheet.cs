namespace GaiEval.Core.Review;

using GaiEval.Core.Inputs;

/// <summary>
/// A review sheet as read: its graded rows, how many rows have no grade yet (skipped), whether it has the 採点者 column,
/// and every problem found in the sheet itself, by line.
/// </summary>
public sealed record ReviewedSheet(string File, IReadOnlyList<ReviewedRow> Rows, int UngradedRows, bool HasReviewerColumn, IReadOnlyList<InputError> Errors);
