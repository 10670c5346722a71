namespace GaiEval.Core.Review;

using GaiEval.Core.Analysis;
using GaiEval.Core.Results;

/// <summary>
/// Chooses the answered responses of a run that people should grade: those awaiting review, those a judge could not
/// decide, those where the rules and a judge disagree, and a seeded random sample of the other automatically scored ones.
/// </summary>
public static class ReviewSelector
{
    public static ReviewSelection Select(RunResults results, ReviewSelectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(options);
        var due = new List<ReviewCandidate>();
        var samplePool = new List<ReviewCandidate>();
        int gradedLeftOut = 0;
        foreach (ResponseSummary response in results.AllResponses.Where(response => response.Status == ResponseStatus.Ok))
        {
            HumanGradeRecord? grade = results.HumanGrade(response.Key);
            if (grade is not null && !options.IncludeGraded)
            {
                gradedLeftOut++;
                continue;
            }

            AutomaticVerdicts verdicts = AutomaticVerdicts.From(results.Scores(response.Key));
            if (verdicts.Reason is { } reason)
            {
                due.Add(new ReviewCandidate(response, reason, verdicts, grade));
            }
            else if (!results.ItemsById[response.ItemId].IsProbe)
            {
                // The calibration sample checks the accuracy's automatic verdicts, which probes never enter.
                samplePool.Add(new ReviewCandidate(response, ReviewReason.Calibration, verdicts, grade));
            }
        }

        int seed = options.Seed ?? ReviewSampling.SeedFor(results.Run.RunId);
        IReadOnlyList<ReviewCandidate> sample = ReviewSampling.Draw(samplePool, options.SampleSize, seed);
        return new ReviewSelection([.. due.OrderBy(candidate => candidate.Reason), .. sample], gradedLeftOut, seed);
    }
}
