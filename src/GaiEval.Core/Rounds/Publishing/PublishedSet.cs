namespace GaiEval.Core.Rounds.Publishing;

/// <summary>What <see cref="PublicSetWriter"/> wrote: the vendor-facing test set and its README, and how many items it holds.</summary>
public sealed record PublishedSet(string TestSetFile, string ReadmeFile, int Items);
