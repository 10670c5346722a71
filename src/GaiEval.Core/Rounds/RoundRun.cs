namespace GaiEval.Core.Rounds;

/// <summary>
/// round-run.json: the official run of a round (written by <c>round run</c> before the first call, so that running the
/// round again resumes this run rather than calling anyone twice) and which provider of the run is which submission.
/// </summary>
public sealed record RoundRun
{
    public required string Round { get; init; }

    public required string RunId { get; init; }

    /// <summary>The results database the run is stored in (full path).</summary>
    public required string Database { get; init; }

    /// <summary>SHA-256 of the settings shared by every submission of the round (<see cref="RoundSettingsHash"/>).</summary>
    public required string SettingsHash { get; init; }

    /// <summary>The seed of the item order, the same for every submission.</summary>
    public required int Seed { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required IReadOnlyList<RoundEntry> Entries { get; init; }
}
