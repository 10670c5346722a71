namespace GaiEval.Core.Analysis.Economics;

/// <summary>Why a category's time saved was not estimated.</summary>
public enum CategoryGap
{
    /// <summary>The test set has items in the category but the plan gives it no monthly volume.</summary>
    NoVolume,

    /// <summary>The plan gives a monthly volume but the test set has no item in the category.</summary>
    NotInTestSet,

    /// <summary>The provider has no rule-scored answer in the category (all withheld, failed or awaiting a judge).</summary>
    NoScoredAnswers,
}
