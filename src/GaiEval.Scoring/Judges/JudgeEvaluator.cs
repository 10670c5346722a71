namespace GaiEval.Scoring.Judges;

using System.Globalization;
using GaiEval.Core.Model;
using GaiEval.Core.Scoring;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>
/// The skeleton of an LLM-as-judge evaluator: the judge is <see cref="ChatConfiguration.ChatClient"/>, asked in Japanese at
/// temperature 0 for JSON. A reply that cannot be used is repaired once; if the repair fails too the metrics get no value
/// a Warning 「判定不能」 and an Inconclusive interpretation (failed), never a pass. Every metric records the judge's model, tokens, latency and attempts.
/// </summary>
public abstract class JudgeEvaluator : INamedEvaluator
{
    public const string NoJudgeMessage = "判定者（ChatConfiguration）がありません。判定者なしでは採点できません。";

    public const string InconclusivePrefix = "判定不能";

    protected JudgeEvaluator(params string[] metricNames)
    {
        EvaluationMetricNames = metricNames;
    }

    /// <summary>The stable name scores are stored under (<see cref="EvaluatorNames"/>).</summary>
    public abstract string Name { get; }

    public IReadOnlyCollection<string> EvaluationMetricNames { get; }

    public async ValueTask<EvaluationResult> EvaluateAsync(
        IEnumerable<ChatMessage> messages,
        ChatResponse modelResponse,
        ChatConfiguration? chatConfiguration = null,
        IEnumerable<EvaluationContext>? additionalContext = null,
        CancellationToken cancellationToken = default)
    {
        NumericMetric[] metrics = [.. EvaluationMetricNames.Select(name => new NumericMetric(name))];
        var result = new EvaluationResult(metrics);
        GoldItem? item = EvaluatorInputs.FindGoldItem(additionalContext);
        if (chatConfiguration is null)
        {
            EvaluatorInputs.AddError(metrics, NoJudgeMessage);
            return result;
        }

        if (item is null)
        {
            EvaluatorInputs.AddError(metrics, EvaluatorInputs.MissingGoldItem);
            return result;
        }

        if (!EvaluatorInputs.TryReadResponse(modelResponse, metrics, out string answer))
        {
            return result;
        }

        EvaluationContext[] context = [.. additionalContext ?? []];
        if (MissingInput(item, answer, context) is { } missing)
        {
            Array.ForEach(metrics, m => m.AddDiagnostics(EvaluationDiagnostic.Informational(missing)));
            return result;
        }

        JudgeOutcome outcome = await JudgeConversation.RunAsync(
            chatConfiguration.ChatClient, Prompt(item, answer, context), ReplyRules(item, answer), cancellationToken).ConfigureAwait(false);
        foreach (NumericMetric metric in metrics)
        {
            AddMetadata(metric, outcome);
        }

        if (outcome.Verdict is null)
        {
            string reason = $"{InconclusivePrefix}: {outcome.Problem}";
            foreach (NumericMetric metric in metrics)
            {
                metric.AddDiagnostics(EvaluationDiagnostic.Warning(reason));

                // Failed: a judgement that could not be made is never a pass.
                metric.Interpretation = Interpretations.Inconclusive(reason);
            }

            return result;
        }

        Record(metrics, outcome.Verdict, answer);
        return result;
    }

    /// <summary>Why the item cannot be judged by this evaluator (an Informational diagnostic), or null.</summary>
    protected virtual string? MissingInput(GoldItem item, string answer, IReadOnlyList<EvaluationContext> context) => null;

    /// <summary>What the reply must carry beyond a score; by default any criteria will do.</summary>
    protected virtual JudgeReplyRules ReplyRules(GoldItem item, string answer) => JudgeReplyRules.Any;

    /// <summary>The user prompt; <paramref name="context"/> is the additional context the caller passed (the gold item included).</summary>
    protected abstract string Prompt(GoldItem item, string answer, IReadOnlyList<EvaluationContext> context);

    /// <summary>By default the single metric takes the judge's score.</summary>
    protected virtual void Record(IReadOnlyList<NumericMetric> metrics, JudgeVerdict verdict, string answer) => RecordScore(metrics[0], verdict);

    protected static void RecordScore(NumericMetric metric, JudgeVerdict verdict)
    {
        metric.Value = verdict.Score;
        metric.Reason = verdict.Reason;
        metric.Interpretation = JudgeInterpretation.Of(verdict.Score);
    }

    private static void AddMetadata(NumericMetric metric, JudgeOutcome outcome)
    {
        metric.AddOrUpdateMetadata(JudgeCallMetadata.ModelKey, outcome.ModelId ?? string.Empty);
        metric.AddOrUpdateMetadata(JudgeCallMetadata.InputTokensKey, outcome.InputTokens.ToString(CultureInfo.InvariantCulture));
        metric.AddOrUpdateMetadata(JudgeCallMetadata.OutputTokensKey, outcome.OutputTokens.ToString(CultureInfo.InvariantCulture));
        metric.AddOrUpdateMetadata(JudgeCallMetadata.LatencyKey, ((long)outcome.Latency.TotalMilliseconds).ToString(CultureInfo.InvariantCulture));
        metric.AddOrUpdateMetadata(JudgeCallMetadata.AttemptsKey, outcome.Attempts.ToString(CultureInfo.InvariantCulture));
        if (outcome.Verdict is { Criteria.Count: > 0 } verdict)
        {
            metric.AddOrUpdateMetadata(JudgeMetadata.CriteriaKey, JudgeMetadata.CriteriaJson(verdict.Criteria));
        }
    }
}
