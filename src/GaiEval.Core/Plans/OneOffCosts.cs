namespace GaiEval.Core.Plans;

/// <summary>
/// The one-off costs of a deployment (deployment.one_off), in the provider's pricing currency (<see cref="Pricing.Currency"/>,
/// JPY when the provider has no <c>pricing:</c>). Null fields were not stated; a stated 0 is a cost of nothing.
/// </summary>
public sealed record OneOffCosts
{
    /// <summary>Initial investment (初期費用): set-up fees, hardware bought for it.</summary>
    public double? Initial { get; init; }

    /// <summary>System development (開発費): integration, screens, connectors.</summary>
    public double? Development { get; init; }

    /// <summary>Preparing the data (データ整備費): structuring documents for RAG, removing personal data.</summary>
    public double? DataPreparation { get; init; }

    /// <summary>Σ of the stated amounts (an unstated one counts as nothing here; see <see cref="Complete"/>).</summary>
    public double StatedTotal => (Initial ?? 0) + (Development ?? 0) + (DataPreparation ?? 0);

    /// <summary>Whether all three amounts are stated, so <see cref="StatedTotal"/> is the whole one-off cost.</summary>
    public bool Complete => Initial is not null && Development is not null && DataPreparation is not null;
}
