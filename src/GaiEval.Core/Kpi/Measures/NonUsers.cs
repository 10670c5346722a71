namespace GaiEval.Core.Kpi.Measures;

/// <summary>
/// Respondents kept out of satisfaction: those who said they did not use the service, those who left the question
/// blank, and the comments (text only) of the former, which are their reasons.
/// </summary>
public sealed record NonUsers(int NotUsed, int UseUnknown, IReadOnlyList<string> Comments);
