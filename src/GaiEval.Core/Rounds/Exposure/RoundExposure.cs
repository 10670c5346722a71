namespace GaiEval.Core.Rounds.Exposure;

using GaiEval.Core.Model;
using GaiEval.Core.Results;

/// <summary>
/// exposed.json: the hidden items a round sent to at least one submitted endpoint (a failed call counts: the question may
/// have arrived). Later rounds leave them out by default (<see cref="ExposureRegistry"/>).
/// </summary>
public sealed record RoundExposure
{
    public required string Round { get; init; }

    public required string RunId { get; init; }

    public required IReadOnlyList<ExposedItem> Items { get; init; }

    /// <summary>The hidden items of <paramref name="items"/> that some provider of <paramref name="endpoints"/> was sent.</summary>
    public static RoundExposure Of(string round, string runId, IReadOnlyList<GoldItem> items, IEnumerable<ResponseRecord> responses, IReadOnlySet<string> endpoints)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(responses);
        HashSet<string> sent = [.. responses
            .Where(r => endpoints.Contains(r.ProviderId) && r.Status != ResponseStatus.Withheld)
            .Select(r => r.ItemId)];
        return new RoundExposure
        {
            Round = round,
            RunId = runId,
            Items = [.. items.Where(i => i.Split == ItemSplit.Hidden && sent.Contains(i.Id)).Select(ExposureRegistry.Exposed)],
        };
    }
}
