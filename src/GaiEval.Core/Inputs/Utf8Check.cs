namespace GaiEval.Core.Inputs;

using System.Text.Unicode;

/// <summary>
/// Whether a stream is well-formed UTF-8 to its end, checked block by block with the vectorised <see cref="Utf8.IsValid(ReadOnlySpan{byte})"/>
/// and nothing decoded: the quick answer for the usual file, before <see cref="StrictTextPass"/> is run to tell where a fault is.
/// </summary>
internal static class Utf8Check
{
    private const int BlockSize = 64 * 1024;

    public static bool IsValid(Stream stream, long start)
    {
        stream.Position = start;
        byte[] block = new byte[BlockSize];
        int carried = 0;
        int read;
        while ((read = stream.ReadAtLeast(block.AsSpan(carried), BlockSize - carried, throwOnEndOfStream: false)) > 0)
        {
            int length = carried + read;
            int complete = length - UnfinishedTail(block.AsSpan(0, length));
            if (!Utf8.IsValid(block.AsSpan(0, complete)))
            {
                return false;
            }

            carried = length - complete;
            block.AsSpan(complete, carried).CopyTo(block);
        }

        return carried == 0;
    }

    /// <summary>How many bytes at the end begin a character the next block finishes (0 when the last character is whole).</summary>
    private static int UnfinishedTail(ReadOnlySpan<byte> bytes)
    {
        for (int back = 1; back <= 3 && back <= bytes.Length; back++)
        {
            byte b = bytes[^back];
            if (b < 0x80)
            {
                return 0;
            }

            if (b >= 0xC0)
            {
                int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                return needed > back ? back : 0;
            }
        }

        return 0;
    }
}
