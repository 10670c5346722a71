namespace GaiEval.Core.Review;

using System.Globalization;
using GaiEval.Core.Analysis;
using GaiEval.Core.Model;
using GaiEval.Core.Results;
using GaiEval.Core.Scoring;

/// <summary>One exported row of a review sheet, as text cells in the order of <see cref="ReviewSheet.Columns"/>.</summary>
public sealed record ReviewSheetRow(IReadOnlyList<string> Cells)
{
    public const string NoRule = "ルールなし";

    public const string NoJudge = "判定者なし";

    public static ReviewSheetRow For(RunResults results, ReviewCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(candidate);
        ResponseSummary response = candidate.Response;
        GoldItem item = results.ItemsById[response.ItemId];
        AutomaticVerdicts verdicts = candidate.Verdicts;
        HumanGradeRecord? grade = candidate.ExistingGrade;
        return new ReviewSheetRow(
        [
            response.RunId,
            response.ItemId,
            response.ProviderId,
            response.Repeat.ToString(CultureInfo.InvariantCulture),
            ReviewReasonNames.Of(candidate.Reason),
            item.Category,
            item.Use,
            item.Question,
            item.Context ?? string.Empty,
            string.Join("\n", item.Rubric),
            item.Reference ?? string.Empty,
            results.Answer(response) ?? string.Empty,
            verdicts.RuleCorrect is { } rule ? Verdict(rule) : verdicts.RuleUndecided is not null ? ReviewReasonNames.RuleUndecided : NoRule,
            JudgeVerdict(verdicts),
            (verdicts.JudgeScore ?? verdicts.JudgeInconclusive)?.Reason ?? string.Empty,
            string.Join("\n", verdicts.RiskFindings),
            grade is null ? string.Empty : HumanGradeNames.Of(grade.Grade),
            grade?.Comment ?? string.Empty,
            grade?.Reviewer ?? string.Empty,
        ]);
    }

    private static string JudgeVerdict(AutomaticVerdicts verdicts) =>
        verdicts is { JudgeScore.Value: { } score, JudgeCorrect: { } correct }
            ? $"{Verdict(correct)}（{score.ToString("0.#", CultureInfo.InvariantCulture)}/5、{MetricNames.JudgePassingScore} 以上で正答）"
        : verdicts.JudgeInconclusive is not null ? ReviewReasonNames.Inconclusive
        : NoJudge;

    private static string Verdict(bool correct) => correct ? HumanGradeNames.Correct : HumanGradeNames.Wrong;
}
