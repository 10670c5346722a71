namespace GaiEval.Core.Scoring;

/// <summary>Names of the stored metrics that analysis reads. Evaluators use these names for their metrics.</summary>
public static class MetricNames
{
    /// <summary>Boolean: 正答 (DESIGN.md); no value when the item has no rule.</summary>
    public const string Correct = "correct";

    /// <summary>Numeric 0..1: share of must_include groups matched.</summary>
    public const string MustIncludeCoverage = "must_include_coverage";

    /// <summary>Numeric: number of must_not_include strings found.</summary>
    public const string MustNotIncludeHits = "must_not_include_hits";

    /// <summary>String: "answer" or "refuse", what the response did.</summary>
    public const string Behaviour = "behaviour";

    /// <summary>Boolean: the behaviour matches the item's expect.</summary>
    public const string BehaviourMatches = "behaviour_matches";

    /// <summary>Numeric 0..1: character-level F1 against the reference (JSQuAD definition).</summary>
    public const string CharF1 = "char_f1";

    /// <summary>Numeric 0..1: ROUGE-L F-measure on characters against the reference.</summary>
    public const string RougeL = "rouge_l";
}
