namespace GaiEval.Scoring.Lexical;

/// <summary>
/// A ROUGE-L score and how it was computed: the longest common subsequence found, both lengths in code points, how many
/// of the candidate's were compared and whether the table's cap (<see cref="RougeL.TableBudget"/>) cut the comparison,
/// in which case <see cref="Value"/> is a lower bound.
/// </summary>
public sealed record RougeLMeasure(double Value, int Lcs, int CandidateLength, int ReferenceLength, int ComparedLength, bool Capped);
