namespace GaiEval.Core.Running;

/// <summary>What a run (or its resumption) did this time.</summary>
public sealed record RunOutcome(string RunId, int Calls, int Failed, int Withheld, bool Interrupted);
