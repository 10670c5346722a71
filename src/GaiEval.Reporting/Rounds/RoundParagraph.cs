namespace GaiEval.Reporting.Rounds;

public sealed record RoundParagraph(string Text) : IRoundBlock;
