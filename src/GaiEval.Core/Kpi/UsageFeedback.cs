namespace GaiEval.Core.Kpi;

/// <summary>A user's thumbs-up or thumbs-down on one answer in the usage log.</summary>
public enum UsageFeedback
{
    Good,
    Bad,
}
