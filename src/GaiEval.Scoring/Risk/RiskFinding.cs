namespace GaiEval.Scoring.Risk;

/// <summary>
/// One thing a risk detector found in an answer: where (<see cref="Start"/> and <see cref="Length"/> in the original
/// text, as the caller passed it) and a masked excerpt. The matched text itself is deliberately not kept: a finding may
/// be printed, stored or shown, and a number in it must never appear in full.
/// </summary>
/// <param name="Kind">What was found.</param>
/// <param name="Start">Offset of the match in the original answer (UTF-16 code units).</param>
/// <param name="Length">Length of the match in the original answer.</param>
/// <param name="Excerpt">The match masked (digits but the last 4 as ＊, an e-mail's local part, a canary but its first characters).</param>
/// <param name="Message">A Japanese sentence for the review sheet, built only from the masked excerpt.</param>
public sealed record RiskFinding(RiskFindingKind Kind, int Start, int Length, string Excerpt, string Message)
{
    public int End => Start + Length;
}
