namespace GaiEval.Core.Scoring;

using Microsoft.Extensions.AI.Evaluation;

/// <summary>
/// An evaluator with a stable name: its scores are stored, replaced and read under <see cref="Name"/>, whatever its class is
/// called (<see cref="EvaluatorNames"/>).
/// </summary>
public interface INamedEvaluator : IEvaluator
{
    string Name { get; }
}
