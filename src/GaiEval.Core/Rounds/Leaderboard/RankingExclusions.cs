namespace GaiEval.Core.Rounds.Leaderboard;

/// <summary>
/// What a table left out of its comparison: of the split's <see cref="Items"/>, those some ranked submission was not
/// sent (withheld by its clearance or split policy), those some ranked submission answered but that await a verdict,
/// and those some ranked submission has no recorded call for; and the table's submissions with undecided answers
/// (ranked or not: grading them may change the table), which make the ranking provisional until they are graded.
/// </summary>
public sealed record RankingExclusions(int Items, int Withheld, int Undecided, int Unanswered, IReadOnlyList<string> Provisional)
{
    public static RankingExclusions None { get; } = new(0, 0, 0, 0, []);

    public int LeftOut => Withheld + Undecided + Unanswered;
}
