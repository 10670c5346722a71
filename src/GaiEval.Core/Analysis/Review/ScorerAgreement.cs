namespace GaiEval.Core.Analysis.Review;

using GaiEval.Core.Analysis.Statistics;
using GaiEval.Core.Results;

/// <summary>
/// How one automatic scorer (the rules, or one judge score) agrees with the human grades on the answers that have both:
/// the 2×2 <see cref="Matrix"/> (rows the scorer, columns the person; 部分 counts as 誤答), Cohen's <see cref="Kappa"/> with
/// its 95% interval, and the share of answers on which they agree.
/// </summary>
/// <param name="Scorer">Who scored: the rules or a judge.</param>
/// <param name="Metric">The metric read: <c>correct</c> for the rules, a judge score (passing at 4 of 5) otherwise.</param>
/// <param name="JudgeProviders">The providers that acted as judge on those answers (empty for the rules).</param>
public sealed record ScorerAgreement(
    VerdictSource Scorer, string Metric, IReadOnlyList<string> JudgeProviders, ConfusionMatrix Matrix, Estimate Kappa, Estimate Agreement)
{
    /// <summary>
    /// The warning threshold: agreement is low when the point estimate of kappa is below 0.6 (below "substantial" in
    /// Landis and Koch 1977, Biometrics 33:159–174). An undefined kappa (every answer in one category) is not flagged.
    /// </summary>
    public const double LowKappa = 0.6;

    /// <summary>The two categories, in row and column order.</summary>
    public static IReadOnlyList<string> Categories { get; } = [HumanGradeNames.Correct, HumanGradeNames.Wrong];

    /// <summary>Answers with both a value of <see cref="Metric"/> and a human grade.</summary>
    public int N => Matrix.Total;

    public bool LowAgreement => Kappa.Value < LowKappa;

    public int BothCorrect => Matrix[HumanGradeNames.Correct, HumanGradeNames.Correct];

    /// <summary>The scorer passed an answer the person did not (a false pass: the dangerous error).</summary>
    public int OnlyScorerCorrect => Matrix[HumanGradeNames.Correct, HumanGradeNames.Wrong];

    /// <summary>The person passed an answer the scorer failed.</summary>
    public int OnlyHumanCorrect => Matrix[HumanGradeNames.Wrong, HumanGradeNames.Correct];

    public int BothWrong => Matrix[HumanGradeNames.Wrong, HumanGradeNames.Wrong];

    /// <summary>Kappa and the agreement share of the (scorer, human) verdict pairs; true is 正答.</summary>
    public static ScorerAgreement Of(VerdictSource scorer, string metric, IReadOnlyList<string> judgeProviders, IReadOnlyList<(bool Scorer, bool Human)> pairs)
    {
        ConfusionMatrix matrix = ConfusionMatrix.FromPairs(Categories, pairs.Select(p => (Category(p.Scorer), Category(p.Human))));
        return new ScorerAgreement(
            scorer, metric, judgeProviders, matrix, CohensKappa.Of(matrix), Estimate.FromProportion(Proportion.Wilson(matrix.Agreements, matrix.Total)));
    }

    private static string Category(bool correct) => correct ? HumanGradeNames.Correct : HumanGradeNames.Wrong;
}
