namespace GaiEval.Core.Analysis;

using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Core.Scoring;

/// <summary>Computes the per-provider headline figures from a run's stored responses and scores.</summary>
public static class RunSummaryBuilder
{
    public static RunSummary Build(RunResults results) =>
        new(results.Run, [.. results.Plan.Providers.Select(p => Summarise(results, p))]);

    private static ProviderSummary Summarise(RunResults results, ProviderProfile provider)
    {
        List<ResponseSummary> responses = [.. results.Responses.Where(r => r.ProviderId == provider.Id)];
        List<ResponseSummary> answered = [.. responses.Where(r => r.Status == ResponseStatus.Ok)];
        List<bool> correct = [.. answered.Select(r => results.Correct(r.Key)).OfType<bool>()];
        int undecided = answered.Count(r => results.Correct(r.Key) is null && results.RuleUndecided(r.Key));
        List<ResponseSummary> refuseItems = [.. answered.Where(r => results.ItemsById[r.ItemId].Expect == Expectation.Refuse)];
        List<double> refused = Values(results, refuseItems, MetricNames.BehaviourMatches);
        List<double> charF1 = Values(results, answered, MetricNames.CharF1);
        List<double> latencies = [.. answered.Where(r => !r.Cached && r.LatencyMs is not null).Select(r => r.LatencyMs!.Value).Order()];
        List<ResponseSummary> withTokens = [.. answered.Where(r => r.InputTokens is not null || r.OutputTokens is not null)];

        return new ProviderSummary
        {
            ProviderId = provider.Id,
            Name = provider.Name,
            Method = provider.Method,
            Planned = results.Items.Count * results.Run.Repeats,
            Stored = responses.Count,
            Failed = responses.Count(r => r.Status is ResponseStatus.Error or ResponseStatus.Timeout),
            Withheld = responses.Count(r => r.Status == ResponseStatus.Withheld),
            Unscored = answered.Count - correct.Count - undecided,
            RuleUndecided = undecided,
            Accuracy = Proportion.Wilson(correct.Count(c => c), correct.Count),
            RefusalAccuracy = Proportion.Wilson(refused.Count(v => v > 0), refused.Count),
            MeanCharF1 = charF1.Count == 0 ? null : charF1.Average(),
            LatencyP50Ms = Percentile.Of(latencies, 0.50),
            LatencyP95Ms = Percentile.Of(latencies, 0.95),
            MeanInputTokens = withTokens.Count == 0 ? null : withTokens.Average(r => r.InputTokens ?? 0),
            MeanOutputTokens = withTokens.Count == 0 ? null : withTokens.Average(r => r.OutputTokens ?? 0),
            TokensEstimated = answered.Any(r => r.TokenSource == TokenSource.Estimated),
        };
    }

    private static List<double> Values(RunResults results, IEnumerable<ResponseSummary> responses, string metric) =>
        [.. responses.Select(r => results.Score(r.Key, metric)?.Value).OfType<double>()];
}
