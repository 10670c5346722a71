namespace GaiEval.Core.Rounds.Exposure;

using GaiEval.Core.Model;
using GaiEval.Core.Plans;

/// <summary>
/// exposed.json: the hidden items a round sends to at least one submitted endpoint. It is written before the first call
/// (every hidden item an endpoint is set to receive counts, sent or not yet: a run killed at any moment has recorded what
/// it may have sent), and a later run of the same round only adds to it. Later rounds leave these items out by default
/// (<see cref="ExposureRegistry"/>).
/// </summary>
public sealed record RoundExposure
{
    public required string Round { get; init; }

    public required string RunId { get; init; }

    public required IReadOnlyList<ExposedItem> Items { get; init; }

    /// <summary>The hidden items of <paramref name="items"/> that some called submission of <paramref name="providers"/> may be sent.</summary>
    public static RoundExposure Planned(string round, string runId, IReadOnlyList<GoldItem> items, IEnumerable<ProviderProfile> providers)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(providers);
        List<ProviderProfile> endpoints = [.. providers.Where(p => p.Submitted && AdapterCatalogue.Of(p.Adapter).CalledByRunner)];
        return new RoundExposure
        {
            Round = round,
            RunId = runId,
            Items =
            [
                .. items
                    .Where(i => i.Split == ItemSplit.Hidden && endpoints.Any(p => ClearancePolicy.MayReceive(p, i.Sensitivity) && SplitPolicy.WhyWithheld(p, i) is null))
                    .Select(ExposureRegistry.Exposed),
            ],
        };
    }

    /// <summary>This exposure with the items of <paramref name="earlier"/> (the same round's file) kept: exposure is never taken back.</summary>
    public RoundExposure Including(RoundExposure? earlier) =>
        earlier is null ? this : this with { Items = [.. earlier.Items.Union(Items)] };
}
