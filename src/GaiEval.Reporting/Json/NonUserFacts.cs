namespace GaiEval.Reporting.Json;

/// <summary>Respondents kept out of satisfaction: said they did not use it, left "used" blank, and how many gave a reason.</summary>
public sealed record NonUserFacts(int NotUsed, int UseUnknown, int Reasons);
