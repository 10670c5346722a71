namespace GaiEval.Providers.Knowledge;

using GaiEval.Core.Plans;

/// <summary>Chooses the chunker named by <see cref="RetrievalSettings.Chunking"/>.</summary>
public static class Chunkers
{
    public static IChunker For(RetrievalSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Chunking switch
        {
            RetrievalSettings.HeadingsChunking => HeadingChunker.Instance,
            RetrievalSettings.FixedChunking => new FixedSizeChunker(settings.ChunkSize),
            _ => throw new ArgumentException(
                $"chunking は {RetrievalSettings.HeadingsChunking} か {RetrievalSettings.FixedChunking} を指定してください: {settings.Chunking}",
                nameof(settings)),
        };
    }
}
