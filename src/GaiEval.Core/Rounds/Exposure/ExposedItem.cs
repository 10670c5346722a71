namespace GaiEval.Core.Rounds.Exposure;

/// <summary>A hidden item that a submitted endpoint was sent: its id and the SHA-256 of its normalised question and context.</summary>
public sealed record ExposedItem(string Id, string Hash);
