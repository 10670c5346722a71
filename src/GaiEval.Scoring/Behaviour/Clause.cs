namespace GaiEval.Scoring.Behaviour;

/// <summary>One clause of an answer (NFKC), what it does, and the phrase that decided it (null for content and fillers).</summary>
public sealed record Clause(string Text, ClauseAct Act, string? Phrase);
