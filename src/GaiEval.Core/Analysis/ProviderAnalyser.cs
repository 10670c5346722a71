namespace GaiEval.Core.Analysis;

using GaiEval.Core.Analysis.Statistics;
using GaiEval.Core.Model;
using GaiEval.Core.Results;
using GaiEval.Core.Scoring;

/// <summary>Builds one provider's <see cref="ProviderAnalysis"/>: counts, accuracy by group, refusals, traps and failure rates.</summary>
internal static class ProviderAnalyser
{
    public static ProviderAnalysis Analyse(ProviderCalls calls, RunResults results, int bootstrapResamples)
    {
        // The bootstrap intervals of the latencies and of the tokens are most of the analysis of a large run: they are drawn
        // on another core meanwhile, together, so that samples of one size share their resamples' draws.
        Task<(LatencyAnalysis Latency, TokenAnalysis Tokens)> bootstrapped = Task.Run(() => Bootstrapped(calls, bootstrapResamples));
        // Each answer's item and verdict, looked up once for the counts and every accuracy below.
        List<JudgedAnswer> answers =
            [.. calls.Answered.Select(r => new JudgedAnswer(r, calls.ItemOf(r), calls.Correct(r)))];
        CallCounts counts = Count(calls, results, answers);
        return new ProviderAnalysis
        {
            ProviderId = calls.Provider.Id,
            Name = calls.Provider.Name,
            Method = calls.Provider.Method,
            Candidate = calls.Provider.Candidate,
            Counts = counts,
            Accuracy = AccuracyOf(answers),
            AccuracyByCategory = [.. Categories(results.Items).Select(c => new GroupAccuracy(c, AccuracyOf(answers.Where(a => a.Item.Category == c))))],
            AccuracyByUse = [.. Uses(results.Items).Select(u => new GroupAccuracy(u, AccuracyOf(answers.Where(a => a.Item.Use == u))))],
            RefusalAccuracy = RefusalAccuracy(calls),
            TrapFailureRate = TrapFailureRate(calls),
            ErrorRate = ProviderCalls.Share(counts.Errors, counts.Made),
            TimeoutRate = ProviderCalls.Share(counts.Timeouts, counts.Made),
            Repeats = results.Run.Repeats > 1 ? RepeatAnalyser.Analyse(calls, results.Run.Repeats) : null,
            Retrieval = RetrievalAnalyser.Analyse(calls, bootstrapResamples),
            Latency = bootstrapped.GetAwaiter().GetResult().Latency,
            Tokens = bootstrapped.GetAwaiter().GetResult().Tokens,
        };
    }

    private static (LatencyAnalysis Latency, TokenAnalysis Tokens) Bootstrapped(ProviderCalls calls, int resamples)
    {
        IReadOnlyList<BootstrapSample> latency = LatencyAnalyser.Samples(calls);
        IReadOnlyList<IReadOnlyList<Estimate>?> estimates = Bootstrap.Together([.. latency, .. TokenAnalyser.Samples(calls)], resamples);
        return (LatencyAnalyser.Analyse([.. estimates.Take(latency.Count)]), TokenAnalyser.Analyse(calls, [.. estimates.Skip(latency.Count)]));
    }

    private static CallCounts Count(ProviderCalls calls, RunResults results, List<JudgedAnswer> answers)
    {
        List<JudgedAnswer> waiting = [.. answers.Where(a => a.Correct is null)];
        List<ResponseSummary> undecided = [.. waiting.Where(a => calls.RuleUndecided(a.Response)).Select(a => a.Response)];
        List<JudgedAnswer> unscored = [.. waiting.Where(a => !calls.RuleUndecided(a.Response))];
        return new CallCounts
        {
            Planned = results.Items.Count * results.Run.Repeats,
            Stored = calls.All.Count,
            Answered = calls.Answered.Count,
            Cached = calls.Answered.Count(r => r.Cached),
            Scored = calls.Answered.Count - unscored.Count - undecided.Count,
            Unscored = unscored.Count,
            RuleUndecided = undecided.Count,
            WithoutRule = unscored.Count(a => !a.Item.HasRule),
            Withheld = calls.All.Count(r => r.Status == ResponseStatus.Withheld),
            Errors = calls.All.Count(r => r.Status == ResponseStatus.Error),
            Timeouts = calls.All.Count(r => r.Status == ResponseStatus.Timeout),
        };
    }

    /// <summary>Correct ÷ scored among the given answers, Wilson (as <see cref="ProviderCalls.AccuracyOf"/>).</summary>
    private static Estimate AccuracyOf(IEnumerable<JudgedAnswer> answers)
    {
        List<bool> scored = [.. answers.Select(a => a.Correct).OfType<bool>()];
        return ProviderCalls.Share(scored.Count(c => c), scored.Count);
    }

    private static IEnumerable<string> Categories(IReadOnlyList<GoldItem> items) => items.Select(i => i.Category).Distinct(StringComparer.Ordinal);

    private static IEnumerable<string> Uses(IReadOnlyList<GoldItem> items)
    {
        List<string> present = [.. items.Select(i => i.Use).Distinct(StringComparer.Ordinal)];
        return ItemUses.All.Where(present.Contains).Concat(present.Where(u => !ItemUses.IsKnown(u)));
    }

    private static Estimate RefusalAccuracy(ProviderCalls calls)
    {
        List<double> matches = [.. calls.Answered
            .Where(r => calls.ItemOf(r).Expect == Expectation.Refuse)
            .Select(r => calls.Value(r, MetricNames.BehaviourMatches))
            .OfType<double>()];
        return ProviderCalls.Share(matches.Count(v => v > 0), matches.Count);
    }

    private static Estimate TrapFailureRate(ProviderCalls calls)
    {
        List<double> hits = [.. calls.Answered
            .Where(r => calls.ItemOf(r).IsTrap)
            .Select(r => calls.Value(r, MetricNames.MustNotIncludeHits))
            .OfType<double>()];
        return ProviderCalls.Share(hits.Count(h => h > 0), hits.Count);
    }

    /// <summary>An answer with its item and whether it counts as correct (null while it awaits a judge or a reviewer).</summary>
    private readonly record struct JudgedAnswer(ResponseSummary Response, GoldItem Item, bool? Correct);
}
