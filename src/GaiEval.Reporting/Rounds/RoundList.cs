namespace GaiEval.Reporting.Rounds;

public sealed record RoundList(IReadOnlyList<string> Items) : IRoundBlock;
