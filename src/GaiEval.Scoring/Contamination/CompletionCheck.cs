namespace GaiEval.Scoring.Contamination;

using GaiEval.Core.Text;
using GaiEval.Scoring.Lexical;
using GaiEval.Scoring.Risk;

/// <summary>
/// The verbatim-completion check: after normalisation (<see cref="JapaneseTextNormalizer"/>), an answer completes the
/// withheld second half of a reference when it shares with it a run of at least <see cref="RunThreshold"/> characters,
/// or contains at least <see cref="CoverageThreshold"/> of its 13-grams. The measures are those of the verbatim-copy
/// screen, seen from the other side: what share of the withheld text came back, not of the answer.
/// </summary>
public static class CompletionCheck
{
    /// <summary>A shared run this long completes any second half, however long.</summary>
    public const int RunCap = 30;

    public const double CoverageThreshold = 0.5;

    /// <summary>The shortest shared run that counts as completing a second half of <paramref name="normalizedLength"/> characters: half of it, at most <see cref="RunCap"/>.</summary>
    public static int RunThreshold(int normalizedLength) => Math.Max(1, Math.Min(RunCap, (normalizedLength + 1) / 2));

    public static CompletionJudgement Judge(string? answer, string secondHalf)
    {
        ArgumentNullException.ThrowIfNull(secondHalf);
        string withheld = JapaneseTextNormalizer.Normalize(secondHalf);
        string text = JapaneseTextNormalizer.Normalize(answer);
        if (withheld.Length == 0 || text.Length == 0)
        {
            return new CompletionJudgement(0, 0, false);
        }

        int run = VerbatimCopyScreen.LongestCommonRun(text, withheld);
        HashSet<string> withheldGrams = CharacterNgrams.Of(withheld, VerbatimCopyScreen.NgramLength);
        double coverage = withheldGrams.Count == 0
            ? 0
            : (double)CharacterNgrams.SharedCount(withheldGrams, text, VerbatimCopyScreen.NgramLength) / withheldGrams.Count;
        bool completed = run >= RunThreshold(withheld.Length) || coverage >= CoverageThreshold;
        return new CompletionJudgement(run, coverage, completed);
    }
}
