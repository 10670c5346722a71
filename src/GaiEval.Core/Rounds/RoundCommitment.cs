namespace GaiEval.Core.Rounds;

/// <summary>
/// commitment.json: what a ward publishes in the round's notice before the round. It names the hidden set by its salted
/// hash only: no salt, no item text.
/// </summary>
public sealed record RoundCommitment
{
    public required string Round { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public string Scheme { get; init; } = HiddenSetCommitment.Scheme;

    public required string Commitment { get; init; }

    public required int HiddenItems { get; init; }

    public string Algorithm { get; init; } = HiddenSetCommitment.Algorithm;

    /// <summary>
    /// Ids of hidden items left out of this round because an earlier round exposed them (ids only, public by design): the
    /// commitment, the round's run and every check leave them out alike.
    /// </summary>
    public IReadOnlyList<string> ExcludedExposed { get; init; } = [];

    /// <summary>The hidden items of <paramref name="items"/> this round commits to and runs: all but <see cref="ExcludedExposed"/>.</summary>
    public IReadOnlyList<Model.GoldItem> Committed(IReadOnlyList<Model.GoldItem> items) =>
        ExcludedExposed.Count == 0 ? items : [.. items.Where(i => !ExcludedExposed.Contains(i.Id, StringComparer.Ordinal))];

    /// <summary>
    /// The test-set file the commitment was made from, which close checks again: relative to the round's folder (the
    /// file is published, and the ward's folder layout is nobody else's business); a full path from older files works too.
    /// </summary>
    public required string Testset { get; init; }

    /// <summary>The full path of <see cref="Testset"/> for the round in <paramref name="roundFolder"/>.</summary>
    public string TestsetPath(string roundFolder) => System.IO.Path.GetFullPath(System.IO.Path.Combine(roundFolder, Testset));
}
