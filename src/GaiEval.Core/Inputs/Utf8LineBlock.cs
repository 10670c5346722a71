namespace GaiEval.Core.Inputs;

using System.Buffers;

/// <summary>
/// Whole lines of a UTF-8 text in a buffer rented from <see cref="ArrayPool{T}.Shared"/>: the lines split at '\n' as
/// <c>text.Split('\n')</c> splits them, the first of them numbered <paramref name="FirstLine"/>.
/// </summary>
internal sealed record Utf8LineBlock(byte[] Buffer, int Length, int FirstLine)
{
    /// <summary>Each line (its '\r' left in place) with its number; a block ending in '\n' has no empty line after it.</summary>
    public IEnumerable<(ReadOnlyMemory<byte> Text, int Line)> Lines()
    {
        ReadOnlyMemory<byte> rest = Buffer.AsMemory(0, Length);
        for (int line = FirstLine; !rest.IsEmpty; line++)
        {
            int end = rest.Span.IndexOf((byte)'\n');
            yield return (end < 0 ? rest : rest[..end], line);
            rest = end < 0 ? ReadOnlyMemory<byte>.Empty : rest[(end + 1)..];
        }
    }

    /// <summary>Gives the buffer back to the pool; the block is not read after.</summary>
    public void Return() => ArrayPool<byte>.Shared.Return(Buffer);
}
