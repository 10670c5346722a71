namespace GaiEval.Providers.Knowledge;

/// <summary>Cuts a knowledge document into retrievable chunks.</summary>
public interface IChunker
{
    IReadOnlyList<KnowledgeChunk> Chunk(KnowledgeDocument document);
}
