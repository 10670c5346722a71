namespace GaiEval.Core.Analysis.Economics;

/// <summary>What the run measured in one category for one provider: the items' mean minutes and the accuracy.</summary>
internal sealed record CategoryMeasurement(string Category, int ItemCount, double MeanHumanMinutes, double MeanReviewMinutes, Proportion Accuracy);
