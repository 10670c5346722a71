namespace GaiEval.Core.Model;

/// <summary>What a correct response does: answer the question, or decline it.</summary>
public enum Expectation
{
    Answer,
    Refuse,
}
