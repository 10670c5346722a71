namespace GaiEval.Scoring.Grounding;

/// <summary>
/// A fact found in text: its kind, the text as written, and a key that is equal for equal values written differently
/// (令和8年4月1日 and 2026-04-01, 8時30分 and 8:30, 3万円 and 30,000円, ０３－5318－2211 and 03-5318-2211).
/// </summary>
public sealed record Fact(FactKind Kind, string Text, string Key);
