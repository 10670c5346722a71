namespace GaiEval.Core.Results;

using Microsoft.Extensions.AI.Evaluation;

/// <summary>One diagnostic an evaluator attached to a metric (an error, a warning, or information such as 「ルールなし」).</summary>
public sealed record ScoreDiagnostic(EvaluationDiagnosticSeverity Severity, string Message)
{
    public static ScoreDiagnostic From(EvaluationDiagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return new(diagnostic.Severity, diagnostic.Message);
    }
}
