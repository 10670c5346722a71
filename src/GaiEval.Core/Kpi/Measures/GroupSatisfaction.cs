namespace GaiEval.Core.Kpi.Measures;

/// <summary>Satisfaction of the users of one department or one use.</summary>
public sealed record GroupSatisfaction(string Group, SatisfactionFigures Figures);
