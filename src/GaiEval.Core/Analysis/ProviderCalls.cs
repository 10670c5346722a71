namespace GaiEval.Core.Analysis;

using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Core.Scoring;

/// <summary>One provider's stored calls in a run, with their items and scores at hand.</summary>
internal sealed class ProviderCalls
{
    private readonly RunResults results;

    public ProviderCalls(RunResults results, ProviderProfile provider)
    {
        this.results = results;
        Provider = provider;
        All = [.. results.Responses.Where(r => r.ProviderId == provider.Id)];
        Answered = [.. All.Where(r => r.Status == ResponseStatus.Ok)];
    }

    public ProviderProfile Provider { get; }

    public IReadOnlyList<ResponseSummary> All { get; }

    public IReadOnlyList<ResponseSummary> Answered { get; }

    public static Estimate Share(int count, int of) => Estimate.FromProportion(Proportion.Wilson(count, of));

    public GoldItem ItemOf(ResponseSummary response) => results.ItemsById[response.ItemId];

    public double? Value(ResponseSummary response, string metric) => results.Score(response.Key, metric)?.Value;

    /// <summary>Whether the call counts as correct (human grade, else rules, else judge); null while it awaits scoring.</summary>
    public bool? Correct(ResponseSummary response) => results.Correct(response.Key);

    /// <summary>Whether the rules left the call undecided (its correct score is Inconclusive), whoever decided it since.</summary>
    public bool RuleUndecided(ResponseSummary response) => results.RuleUndecided(response.Key);

    /// <summary>Correct ÷ scored among the given calls, Wilson.</summary>
    public Estimate AccuracyOf(IEnumerable<ResponseSummary> responses)
    {
        List<bool> scored = [.. responses.Select(Correct).OfType<bool>()];
        return Share(scored.Count(c => c), scored.Count);
    }
}
