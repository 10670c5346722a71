namespace GaiEval.Reporting.Rounds;

/// <summary>A leaderboard or feedback file before rendering: a title and blocks whose texts are plain (unescaped) text.</summary>
public sealed record RoundDocument(string Title, IReadOnlyList<IRoundBlock> Blocks);
