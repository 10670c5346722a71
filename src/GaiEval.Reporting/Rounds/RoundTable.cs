namespace GaiEval.Reporting.Rounds;

public sealed record RoundTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : IRoundBlock;
