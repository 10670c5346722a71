namespace GaiEval.Reporting.Rounds;

/// <summary>A section heading; level 2 or 3 (the title is level 1).</summary>
public sealed record RoundHeading(int Level, string Text) : IRoundBlock;
