namespace GaiEval.Scoring.Grounding;

using GaiEval.Core.Model;
using GaiEval.Core.Scoring;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>
/// Without a judge: the facts of the answer (numbers, dates, times, amounts, phone numbers, percentages, office names)
/// that no passage states (<see cref="UnsupportedFactCheck"/>), counted in <see cref="FactsMetricName"/>, and the share of
/// the answer's claims that hold one, in <see cref="ClaimRateMetricName"/>. The passages are the retrieved chunks of a
/// <see cref="GroundingSourcesContext"/>, else the item's context.
/// </summary>
/// <remarks>
/// A fact written the same way in two claims counts once. Without passages, for a refusal, or for an answer without a
/// claim, both metrics get no value and an Informational diagnostic. A response longer than
/// <see cref="AnswerCut.MaximumCharacters"/> is checked on its beginning (a Warning says so): the facts found there stand,
/// but no fact found and the claim rate are undecided, since the rest could change them.
/// </remarks>
public sealed class UnsupportedFactsEvaluator : INamedEvaluator
{
    public string Name => EvaluatorNames.UnsupportedFacts;

    public const string NoPassagesMessage = "根拠資料（検索結果・context）なし: 資料にない事実は確認しない";

    public static string FactsMetricName => MetricNames.UnsupportedFacts;

    public static string ClaimRateMetricName => MetricNames.UnsupportedClaimRate;

    public IReadOnlyCollection<string> EvaluationMetricNames { get; } = [FactsMetricName, ClaimRateMetricName];

    public ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages,
        ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        var facts = new NumericMetric(FactsMetricName);
        var rate = new NumericMetric(ClaimRateMetricName);
        NumericMetric[] metrics = [facts, rate];
        var result = new EvaluationResult(metrics);
        GoldItem? item = EvaluatorInputs.FindGoldItem(additionalContext);
        IReadOnlyList<string> passages = GroundingPassages.Of(item, additionalContext);
        if (item is null && passages.Count == 0)
        {
            EvaluatorInputs.AddError(metrics, EvaluatorInputs.MissingGoldItem);
            return new(result);
        }

        if (!EvaluatorInputs.TryReadResponse(modelResponse, metrics, out string response))
        {
            return new(result);
        }

        AnswerCut cut = AnswerCut.Of(response);
        cut.Warn(metrics);
        AnswerClaims claims = AnswerClaims.Of(cut.Text);
        if ((passages.Count == 0 ? NoPassagesMessage : claims.WhyNone) is { } skipped)
        {
            Array.ForEach(metrics, m => m.AddDiagnostics(EvaluationDiagnostic.Informational(skipped)));
            return new(result);
        }

        FactCheckResult check = UnsupportedFactCheck.Check(claims.Claims, passages);
        RecordFacts(facts, check);
        RecordClaimRate(rate, check.Unsupported, claims.Claims);
        if (cut.IsCut)
        {
            Undecide(rate);
            if (check.Unsupported.Count == 0)
            {
                Undecide(facts);
            }
        }

        return new(result);
    }

    /// <summary>A pass or a rate found on the beginning of a cut answer: the rest could undo it, so it has no value.</summary>
    private static void Undecide(NumericMetric metric)
    {
        metric.Value = null;
        metric.Reason = $"{AnswerCut.UndecidedReason}（先頭のみ: {metric.Reason}）";
        metric.Interpretation = Interpretations.Inconclusive(metric.Reason);
    }

    private static void RecordFacts(NumericMetric metric, FactCheckResult check)
    {
        string[] unsupported = [.. check.Unsupported.DistinctBy(f => (f.Kind, f.Text)).Select(f => $"「{f.Text}」")];
        metric.Value = unsupported.Length;
        metric.Reason = unsupported.Length > 0 ? $"資料にない事実 {unsupported.Length} 件: {string.Concat(unsupported)}"
            : check.Checked > 0 ? $"数値・日付・金額・窓口名はすべて資料にある（{check.Checked} 件を確認）"
            : "確認する数値・日付・金額・窓口名なし";
        metric.Interpretation = Interpretations.Pass(unsupported.Length == 0);
    }

    private static void RecordClaimRate(NumericMetric metric, IReadOnlyList<UnsupportedFact> findings, IReadOnlyList<string> claims)
    {
        var flagged = findings.Select(f => f.Claim).ToHashSet(StringComparer.Ordinal);
        string[] holding = [.. claims.Where(flagged.Contains)];
        double rate = (double)holding.Length / claims.Count;
        metric.Value = rate;
        metric.Reason = holding.Length == 0
            ? $"資料にない事実を含む主張なし（0/{claims.Count} 件）"
            : $"資料にない事実を含む主張 {holding.Length}/{claims.Count} 件: {string.Concat(holding.Select(c => $"「{c}」"))}";
        metric.Interpretation = Interpretations.Coverage(1 - rate);
    }
}
