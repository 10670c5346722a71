namespace GaiEval.Scoring;

using GaiEval.Scoring.Behaviour;
using GaiEval.Scoring.Grounding;
using GaiEval.Scoring.Judges;
using GaiEval.Scoring.Lexical;
using GaiEval.Scoring.Risk;
using GaiEval.Scoring.Rules;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>The evaluators, in the order their metrics are stored and shown: the deterministic ones, then the judges.</summary>
public static class ScoringCatalog
{
    /// <summary>must_include, must_not_include, behaviour, correct, char-F1, ROUGE-L, facts not in the passages.</summary>
    public static IReadOnlyList<IEvaluator> Default { get; } =
    [
        new MustIncludeEvaluator(),
        new MustNotIncludeEvaluator(),
        new BehaviourEvaluator(),
        new CorrectnessEvaluator(),
        new CharF1Evaluator(),
        new RougeLEvaluator(),
        new UnsupportedFactsEvaluator(),
    ];

    /// <summary>The deterministic evaluators of <see cref="Default"/>, then the output checks of every answer (<see cref="RiskCheckEvaluator"/>).</summary>
    public static IReadOnlyList<IEvaluator> For(RiskScreenOptions options) => [.. Default, new RiskCheckEvaluator(options)];

    /// <summary>The LLM judges (gaieval score --judge): equivalence, rubric, groundedness with claim labels, relevance.</summary>
    public static IReadOnlyList<IEvaluator> Judges { get; } =
    [
        new EquivalenceJudgeEvaluator(),
        new RubricJudgeEvaluator(),
        new GroundednessJudgeEvaluator(),
        new RelevanceJudgeEvaluator(),
    ];
}
