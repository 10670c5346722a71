namespace GaiEval.Providers.Knowledge;

/// <summary>
/// A retrievable piece of a knowledge document. <see cref="Text"/> is what is indexed and shown;
/// <see cref="Line"/> is the 1-based source line where the chunk starts.
/// </summary>
/// <param name="Id"><c>path.md#見出し</c> (headings chunking) or <c>path.md@offset</c> (fixed chunking).</param>
/// <param name="HeadingPath">Title, then the enclosing headings; empty for fixed chunks.</param>
public sealed record KnowledgeChunk(string Id, string DocumentPath, IReadOnlyList<string> HeadingPath, string Text, int Line);
