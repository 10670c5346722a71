namespace GaiEval.Core.Results;

/// <summary>Identifies one call of a run: an item, a provider, a repeat (1-based).</summary>
public readonly record struct ResponseKey(string ItemId, string ProviderId, int Repeat);
