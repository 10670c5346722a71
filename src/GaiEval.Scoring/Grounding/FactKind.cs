namespace GaiEval.Scoring.Grounding;

/// <summary>What sort of checkable fact a piece of answer text is.</summary>
public enum FactKind
{
    Number,
    Date,
    Time,
    Amount,
    PhoneNumber,
    Percentage,
    Office,
}
