namespace GaiEval.Core.Rounds.Exposure;

using GaiEval.Core.Model;
using GaiEval.Core.Plans;

/// <summary>
/// exposed.json: the items a round showed to vendors: the public items it published, and the hidden items it sends to
/// at least one submitted endpoint. The hidden ones are written before the first call (every hidden item an endpoint is
/// set to receive counts, sent or not yet: a run killed at any moment has recorded what it may have sent). Each write
/// only adds. A later round leaves these items out of its hidden set by default (<see cref="ExposureRegistry"/>).
/// </summary>
public sealed record RoundExposure
{
    public required string Round { get; init; }

    /// <summary>The run that sent the hidden items; null when only published items are recorded.</summary>
    public string? RunId { get; init; }

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

    /// <summary>The public items of <paramref name="items"/> that <c>round publish</c> gives to every vendor.</summary>
    public static RoundExposure Published(string round, IReadOnlyList<GoldItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new RoundExposure { Round = round, Items = [.. items.Where(i => i.Split == ItemSplit.Public).Select(ExposureRegistry.Exposed)] };
    }

    /// <summary>This exposure with the items of <paramref name="earlier"/> (the same round's file) kept: exposure is never taken back.</summary>
    public RoundExposure Including(RoundExposure? earlier) =>
        earlier is null ? this : this with { RunId = RunId ?? earlier.RunId, Items = [.. earlier.Items.Union(Items)] };

    /// <summary>Adds this exposure to the round's exposed.json (created when absent).</summary>
    /// <exception cref="Inputs.InputException">The round's exposed.json exists but cannot be read.</exception>
    public void AddTo(RoundFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        RoundExposure? earlier = File.Exists(folder.ExposedFile) ? RoundJsonFiles.Read<RoundExposure>(folder.ExposedFile) : null;
        RoundJsonFiles.Replace(folder.ExposedFile, Including(earlier));
    }
}
