namespace GaiEval.Scoring.Grounding;

/// <summary>A fact of the answer that no passage states: its kind, the text as written and the claim it is in.</summary>
public sealed record UnsupportedFact(FactKind Kind, string Text, string Claim);
