namespace GaiEval.Core.Results;

public enum TokenSource
{
    /// <summary>No call was made (withheld), so no tokens.</summary>
    None,

    /// <summary>As the provider reported them.</summary>
    Reported,

    /// <summary>Counted with a named tokenizer because the provider reported none.</summary>
    Estimated,
}
