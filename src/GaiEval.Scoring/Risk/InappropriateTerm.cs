namespace GaiEval.Scoring.Risk;

/// <summary>One term of the inappropriate-content list and the group (<c>[差別語・侮蔑語]</c> …) it is listed under.</summary>
/// <param name="Line">The 1-based line of the list the term is on.</param>
public sealed record InappropriateTerm(string Group, string Term, int Line);
