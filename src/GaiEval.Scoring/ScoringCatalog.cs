namespace GaiEval.Scoring;

using GaiEval.Scoring.Behaviour;
using GaiEval.Scoring.Lexical;
using GaiEval.Scoring.Rules;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>The deterministic evaluators, in the order their metrics are stored and shown.</summary>
public static class ScoringCatalog
{
    /// <summary>must_include, must_not_include, behaviour, correct, char-F1, ROUGE-L.</summary>
    public static IReadOnlyList<IEvaluator> Default { get; } =
    [
        new MustIncludeEvaluator(),
        new MustNotIncludeEvaluator(),
        new BehaviourEvaluator(),
        new CorrectnessEvaluator(),
        new CharF1Evaluator(),
        new RougeLEvaluator(),
    ];
}
