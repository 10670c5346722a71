namespace GaiEval.Tests.Scoring;

using GaiEval.Core.Scoring;
using GaiEval.Scoring.Rules;
using GaiEval.Storage;
using GaiEval.Tests.Support;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>Scores are stored under an evaluator's stable name, never its class name; an evaluator without one is refused.</summary>
public sealed class EvaluatorNameTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task An_evaluator_without_a_stable_name_is_refused_before_anything_is_read_or_written()
    {
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(folder.File("names.db"));

        ArgumentException error = await Assert.ThrowsAsync<ArgumentException>(
            () => new RunScorer(store, [new CorrectnessEvaluator(), new UnnamedEvaluator()]).ScoreAsync("no-such-run"));

        Assert.Contains(nameof(UnnamedEvaluator), error.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(INamedEvaluator), error.Message, StringComparison.Ordinal);
    }

    private sealed class UnnamedEvaluator : IEvaluator
    {
        public IReadOnlyCollection<string> EvaluationMetricNames { get; } = ["unnamed"];

        public ValueTask<EvaluationResult> EvaluateAsync(
            IEnumerable<ChatMessage> messages,
            ChatResponse modelResponse,
            ChatConfiguration? chatConfiguration = null,
            IEnumerable<EvaluationContext>? additionalContext = null,
            CancellationToken cancellationToken = default) => new(new EvaluationResult(new NumericMetric("unnamed")));
    }
}
