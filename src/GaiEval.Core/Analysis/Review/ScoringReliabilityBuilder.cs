namespace GaiEval.Core.Analysis.Review;

using GaiEval.Core.Analysis.Statistics;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Core.Review;
using GaiEval.Core.Scoring;

/// <summary>Builds the <see cref="ScoringReliability"/> of a stored run from its answers, scores and human grades.</summary>
public static class ScoringReliabilityBuilder
{
    public static ScoringReliability Build(RunResults results, int bootstrapResamples = Bootstrap.DefaultResamples)
    {
        ArgumentNullException.ThrowIfNull(results);
        List<ResponseSummary> answered = [.. results.Responses.Where(r => r.Status == ResponseStatus.Ok)];
        return new ScoringReliability
        {
            Agreements = [.. Agreements(results, answered)],
            Verdicts = [.. results.Plan.Providers.Select(p => Origins(results, p, [.. answered.Where(r => r.ProviderId == p.Id)]))],
            UnsupportedClaims = [.. results.Plan.Providers.Select(p => Unsupported(results, p, [.. answered.Where(r => r.ProviderId == p.Id)], bootstrapResamples))],
            HumanGrades = answered.Count(r => results.HumanGrade(r.Key) is not null),
            JudgeUsage = JudgeUsageBuilder.Build(results),
        };
    }

    private static IEnumerable<ScorerAgreement> Agreements(RunResults results, List<ResponseSummary> answered)
    {
        List<(IReadOnlyDictionary<string, ScoreRecord> Scores, bool Human)> graded =
        [
            .. answered
                .Select(r => (Response: r, Grade: results.HumanGrade(r.Key)))
                .Where(g => g.Grade is not null)
                .Select(g => (results.Scores(g.Response.Key), g.Grade!.Grade == HumanGrade.Correct)),
        ];
        foreach ((VerdictSource scorer, string metric) in Scorers())
        {
            List<(ScoreRecord Score, bool Human)> rated = [.. graded
                .Where(g => g.Scores.TryGetValue(metric, out ScoreRecord? s) && s.Value is not null)
                .Select(g => (g.Scores[metric], g.Human))];
            if (rated.Count == 0)
            {
                continue;
            }

            List<string> judges = [.. rated
                .Select(r => r.Score.Metadata?.GetValueOrDefault(ScoringJudge.ProviderKey))
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)];
            yield return ScorerAgreement.Of(scorer, metric, judges, [.. rated.Select(r => (Passes(scorer, r.Score.Value!.Value), r.Human))]);
        }
    }

    private static IEnumerable<(VerdictSource Scorer, string Metric)> Scorers() =>
        [(VerdictSource.Rules, MetricNames.Correct), .. MetricNames.JudgeScores.Select(m => (VerdictSource.Judge, m))];

    private static bool Passes(VerdictSource scorer, double value) =>
        scorer == VerdictSource.Rules ? value > 0 : value >= MetricNames.JudgePassingScore;

    private static VerdictOrigins Origins(RunResults results, ProviderProfile provider, List<ResponseSummary> answers)
    {
        List<ResponseVerdict?> verdicts = [.. answers.Select(r => results.Verdict(r.Key))];
        return new VerdictOrigins
        {
            ProviderId = provider.Id,
            Name = provider.Name,
            Answered = answers.Count,
            ByRules = verdicts.Count(v => v?.Source == VerdictSource.Rules),
            ByJudge = verdicts.Count(v => v?.Source == VerdictSource.Judge),
            ByHuman = verdicts.Count(v => v?.Source == VerdictSource.Human),
            HumanReversed = verdicts.Count(v => v is { OverridesAutomatic: true, Automatic: not null }),
            HumanOnly = verdicts.Count(v => v is { Source: VerdictSource.Human, Automatic: null }),
            AwaitingReview = answers.Count(r => results.Verdict(r.Key) is null && !results.RuleUndecided(r.Key)),
            RuleUndecided = answers.Count(r => results.Verdict(r.Key) is null && results.RuleUndecided(r.Key)),
            JudgeInconclusive = answers.Count(r => AutomaticVerdicts.JudgeMetrics.Any(m => results.Score(r.Key, m) is { IsInconclusive: true })),
        };
    }

    private static UnsupportedClaims Unsupported(RunResults results, ProviderProfile provider, List<ResponseSummary> answers, int resamples)
    {
        List<double> Values(string metric) => [.. answers.Select(r => results.Score(r.Key, metric)?.Value).OfType<double>()];
        ResampleStatistic[] mean = [ResampleStatistic.Mean];
        IReadOnlyList<IReadOnlyList<Estimate>?> rates = Bootstrap.Together(
            [new(Values(MetricNames.UnsupportedClaimRate), mean), new(Values(MetricNames.JudgeUnsupportedClaimRate), mean)], resamples);
        return new UnsupportedClaims
        {
            ProviderId = provider.Id,
            Name = provider.Name,
            CheckedRate = rates[0]?[0],
            JudgedRate = rates[1]?[0],
            UnsupportedFacts = (int)Values(MetricNames.UnsupportedFacts).Sum(),
        };
    }
}
