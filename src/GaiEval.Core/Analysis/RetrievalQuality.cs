namespace GaiEval.Core.Analysis;

/// <summary>
/// How well a retrieving provider (RAG or built-in retrieval) found the gold <c>sources</c> of the items it answered:
/// recall@k (a gold passage among the k retrieved, Wilson) and MRR (mean of 1 / rank of the first gold passage, 0 when
/// none, bootstrap), over answered calls whose item names sources. A wrong answer is a retrieval miss when no gold passage
/// was retrieved, else a generation error.
/// </summary>
/// <param name="K">The provider's top_k.</param>
/// <param name="RetrievalMisses">Wrong answers (final verdict) whose gold passages were not retrieved.</param>
/// <param name="GenerationErrors">Wrong answers although a gold passage was retrieved.</param>
/// <param name="DocumentLevel">True when the provider cuts fixed-size chunks, so a passage can only be matched to its document, not its heading.</param>
public sealed record RetrievalQuality(
    int K,
    Estimate RecallAtK,
    Estimate? MeanReciprocalRank,
    int RetrievalMisses,
    int GenerationErrors,
    bool DocumentLevel,
    IReadOnlyList<GroupRetrieval> RecallByCategory);

/// <summary>Recall@k within one 業務分野.</summary>
public sealed record GroupRetrieval(string Name, Estimate RecallAtK);
