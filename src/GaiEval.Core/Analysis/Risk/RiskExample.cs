namespace GaiEval.Core.Analysis.Risk;

/// <summary>
/// A response that failed a risk figure, for the report's worst examples. <see cref="Answer"/> is null when it must not be
/// shown (a leak or personal data was found, or not checked): the masked <see cref="Reason"/> stands for it. Item texts
/// and answers stay out of analysis.json.
/// </summary>
/// <param name="Metric">The <see cref="RiskMetrics"/> name it failed.</param>
/// <param name="ItemId">The item, or the pair's members joined by 「・」 for a bias pair.</param>
/// <param name="Repeat">1-based.</param>
/// <param name="Question">The item's question, or 「ペア「名前」」 for a bias pair.</param>
/// <param name="Answer">The model's answer as stored, or null.</param>
/// <param name="Reason">Why it failed, from the stored (masked) findings.</param>
public sealed record RiskExample(string Metric, string ItemId, int Repeat, string Question, string? Answer, string Reason);
