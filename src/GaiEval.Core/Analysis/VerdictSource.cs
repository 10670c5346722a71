namespace GaiEval.Core.Analysis;

/// <summary>Who decided whether an answer is correct.</summary>
public enum VerdictSource
{
    /// <summary>The item's rules (must_include, must_not_include, expect).</summary>
    Rules,

    /// <summary>An LLM judge, for an item without rules (rubric or equivalence score ≥ 4).</summary>
    Judge,

    /// <summary>A reviewer's grade; it overrides the rules and the judge.</summary>
    Human,
}
