namespace GaiEval.Core.Analysis.Economics;

using GaiEval.Core.Model;
using GaiEval.Core.Results;
using GaiEval.Core.Scoring;

/// <summary>
/// Reads from a stored run what the economics need: per provider, the accuracy on answers with a verdict (every repeat
/// counted as RunSummaryBuilder does), each item's expected saving per category, and mean tokens.
/// </summary>
internal static class RunMeasurements
{
    public static Proportion Accuracy(RunResults results, string providerId) => Wilson(ScoredAnswers(results, providerId));

    /// <summary>Per category, every item's expected saving (<see cref="ItemSaving"/>) from its final verdicts.</summary>
    public static List<CategoryMeasurement> Categories(RunResults results, string providerId)
    {
        ILookup<string, ResponseSummary> byItem = results.Responses.Where(r => r.ProviderId == providerId).ToLookup(r => r.ItemId, StringComparer.Ordinal);
        int repeats = Math.Max(1, results.Run.Repeats);
        return
        [
            .. results.Items.GroupBy(i => i.Category, StringComparer.Ordinal).Select(items => new CategoryMeasurement(
                items.Key,
                [.. items.Select(item => ItemSaving.Of(item, byItem[item.Id], key => results.Correct(key), repeats))])),
        ];
    }

    /// <summary>Mean tokens over answered calls that recorded any count (a missing side counts as 0, as in RunSummaryBuilder).</summary>
    public static TokenUsage Tokens(RunResults results, string providerId)
    {
        List<ResponseSummary> withTokens =
        [
            .. results.Responses.Where(r => r.ProviderId == providerId && r.Status == ResponseStatus.Ok && (r.InputTokens is not null || r.OutputTokens is not null)),
        ];
        return withTokens.Count == 0
            ? TokenUsage.None
            : new TokenUsage(
                withTokens.Average(r => r.InputTokens ?? 0),
                withTokens.Average(r => r.OutputTokens ?? 0),
                withTokens.Count,
                withTokens.Any(r => r.TokenSource == TokenSource.Estimated));
    }

    private static Proportion Wilson(IEnumerable<(GoldItem Item, bool Correct)> scored)
    {
        List<bool> list = [.. scored.Select(s => s.Correct)];
        return Proportion.Wilson(list.Count(c => c), list.Count);
    }

    private static IEnumerable<(GoldItem Item, bool Correct)> ScoredAnswers(RunResults results, string providerId) =>
        results.Responses
            .Where(r => r.ProviderId == providerId && r.Status == ResponseStatus.Ok)
            .Select(r => (Item: results.ItemsById[r.ItemId], Correct: results.Correct(r.Key)))
            .Where(s => s.Correct is not null)
            .Select(s => (s.Item, s.Correct!.Value));
}
