namespace GaiEval.Providers.Knowledge.Lint;

/// <summary>A finding the document excepted in its front matter, with the reason given there.</summary>
public sealed record ExceptedFinding(KnowledgeLintFinding Finding, string Reason);
