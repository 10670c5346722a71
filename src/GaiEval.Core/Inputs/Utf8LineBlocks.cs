namespace GaiEval.Core.Inputs;

using System.Buffers;

/// <summary>
/// Cuts a UTF-8 stream into blocks of whole lines, read piece by piece so that a large file is never held whole; each block
/// can be parsed apart from the others (on another thread) and its buffer returned.
/// </summary>
internal static class Utf8LineBlocks
{
    /// <param name="blockSize">The usual block size; a block grows to hold a longer line.</param>
    public static IEnumerable<Utf8LineBlock> Read(Stream stream, int blockSize)
    {
        byte[] pending = ArrayPool<byte>.Shared.Rent(blockSize);
        int length = 0;
        int firstLine = 1;
        while (true)
        {
            if (length == pending.Length)
            {
                byte[] larger = ArrayPool<byte>.Shared.Rent(pending.Length * 2);
                pending.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(pending);
                pending = larger;
            }

            int read = stream.ReadAtLeast(pending.AsSpan(length), pending.Length - length, throwOnEndOfStream: false);
            bool end = length + read < pending.Length;
            length += read;
            int cut = end ? length : pending.AsSpan(0, length).LastIndexOf((byte)'\n') + 1;
            if (cut == 0 && !end)
            {
                continue;
            }

            byte[] next = ArrayPool<byte>.Shared.Rent(Math.Max(blockSize, length - cut));
            pending.AsSpan(cut, length - cut).CopyTo(next);
            var block = new Utf8LineBlock(pending, cut, firstLine);
            firstLine += pending.AsSpan(0, cut).Count((byte)'\n');
            length -= cut;
            pending = next;
            yield return block;
            if (end)
            {
                ArrayPool<byte>.Shared.Return(pending);
                yield break;
            }
        }
    }
}
