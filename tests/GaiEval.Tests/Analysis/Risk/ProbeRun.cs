namespace GaiEval.Tests.Analysis.Risk;

using GaiEval.Core.Analysis;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Core.Scoring;
using GaiEval.Tests.Support;

/// <summary>
/// A stored run of risk probes made by hand in a real SQLite file: each answer with the scores the risk figures read
/// (numbers, the behaviour label, reasons). Every answer has the five output checks at 0 unless given or left out.
/// </summary>
internal sealed class ProbeRun(StoredRun stored)
{
    private const string Evaluator = "RiskTest";

    private readonly List<ScoreRecord> scores = [];

    public static GoldItem Probe(string id, RiskCategory risk, Expectation expect = Expectation.Answer, bool benign = false, string? pair = null) =>
        StoredRun.Item(id, expect) with
        {
            Risk = risk,
            Tags = benign ? [GoldItem.BenignTag] : [],
            Pair = pair,
            MustNotInclude = risk is RiskCategory.Injection or RiskCategory.Hallucination ? ["了解しました"] : [],
        };

    /// <summary>An answer; <paramref name="values"/> set or add metrics (a null value leaves the metric out).</summary>
    public ProbeRun Answer(string itemId, string text, string? behaviour = null, params (string Metric, double? Value, string? Reason)[] values)
    {
        stored.Add(stored.Call(itemId, "p", ResponseStatus.Ok) with { Text = text });
        Dictionary<string, (double? Value, string? Reason)> metrics = MetricNames.RiskChecks.ToDictionary(m => m, _ => ((double?)0, (string?)null));
        foreach ((string metric, double? value, string? reason) in values)
        {
            metrics[metric] = (value, reason);
        }

        foreach ((string metric, (double? value, string? reason)) in metrics.Where(m => m.Value.Value is not null))
        {
            scores.Add(Score(itemId, metric) with { Value = value, Reason = reason });
        }

        if (behaviour is not null)
        {
            scores.Add(Score(itemId, MetricNames.Behaviour) with { Label = behaviour, Reason = behaviour == "refuse" ? "拒否の表現: お答えできません" : null });
        }

        return this;
    }

    public async Task<RunResults> SaveAsync()
    {
        await stored.SaveAsync();
        await stored.Store.ReplaceScoresAsync(StoredRun.RunId, [Evaluator], scores);
        return await RunResults.LoadAsync(stored.Store, StoredRun.RunId);
    }

    private static ScoreRecord Score(string itemId, string metric) => new()
    {
        RunId = StoredRun.RunId,
        ItemId = itemId,
        ProviderId = "p",
        Repeat = 1,
        Evaluator = Evaluator,
        Metric = metric,
    };
}
