namespace GaiEval.Core.Review;

using GaiEval.Core.Analysis;
using GaiEval.Core.Results;

/// <summary>An answer selected for review, why, and what the rules and judges said about it.</summary>
public sealed record ReviewCandidate(ResponseSummary Response, ReviewReason Reason, AutomaticVerdicts Verdicts, HumanGradeRecord? ExistingGrade);
