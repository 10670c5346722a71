namespace GaiEval.Core.Plans;

/// <summary>How far a deployment can be fitted to the ward's work (deployment.customisation). YAML: none | prompt | rag | fine-tune.</summary>
public enum CustomisationLevel
{
    /// <summary>Used as offered.</summary>
    None,

    /// <summary>A system prompt or prompt templates.</summary>
    Prompt,

    /// <summary>Answers from the ward's own documents (retrieval augmentation).</summary>
    Rag,

    /// <summary>The model itself trained further on the ward's data.</summary>
    FineTune,
}
