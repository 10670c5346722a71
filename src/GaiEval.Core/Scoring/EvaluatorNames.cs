namespace GaiEval.Core.Scoring;

/// <summary>
/// The stable names scores are stored under. They are the names runs stored before evaluators were named (the class name
/// without "Evaluator"), so those runs read and re-score the same; never change one.
/// </summary>
public static class EvaluatorNames
{
    public const string MustInclude = "MustInclude";

    public const string MustNotInclude = "MustNotInclude";

    public const string Behaviour = "Behaviour";

    public const string Correctness = "Correctness";

    public const string CharF1 = "CharF1";

    public const string RougeL = "RougeL";

    public const string UnsupportedFacts = "UnsupportedFacts";

    /// <summary>The output checks of every answer (personal data, canaries, links, verbatim copy, inappropriate terms).</summary>
    public const string RiskChecks = "RiskChecks";

    public const string EquivalenceJudge = "EquivalenceJudge";

    public const string RubricJudge = "RubricJudge";

    public const string GroundednessJudge = "GroundednessJudge";

    public const string RelevanceJudge = "RelevanceJudge";
}
