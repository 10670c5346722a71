using System.Buffers;
using System.Text;

namespace GaiEval.Storage.Rows;

/// <summary>
/// The strings of one column of a query, found by the UTF-8 bytes the database holds: a text read again (a run id on every
/// row, a metric name, a reason rules give again and again) is the string made the first time, not a new one.
/// </summary>
internal sealed class Utf8StringCache
{
    private const int StackChars = 256;

    private readonly HashSet<string> strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> byChars;
    private byte[] lastBytes = new byte[64];
    private int lastLength;
    private string? last;

    public Utf8StringCache() => byChars = strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The text of <paramref name="utf8"/> (invalid bytes read as U+FFFD, as <see cref="Encoding.UTF8"/> reads them).</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        // Most columns hold the previous row's value again (the same response's run, item and provider): no decoding then.
        if (last is not null && utf8.SequenceEqual(lastBytes.AsSpan(0, lastLength)))
        {
            return last;
        }

        string text = Find(utf8);
        if (lastBytes.Length < utf8.Length)
        {
            lastBytes = new byte[utf8.Length];
        }

        utf8.CopyTo(lastBytes);
        lastLength = utf8.Length;
        return last = text;
    }

    private string Find(ReadOnlySpan<byte> utf8)
    {
        int most = Encoding.UTF8.GetMaxCharCount(utf8.Length);
        char[]? rented = most > StackChars ? ArrayPool<char>.Shared.Rent(most) : null;
        try
        {
            Span<char> buffer = rented ?? stackalloc char[StackChars];
            ReadOnlySpan<char> chars = buffer[..Encoding.UTF8.GetChars(utf8, buffer)];
            if (!byChars.TryGetValue(chars, out string? text))
            {
                text = new string(chars);
                strings.Add(text);
            }

            return text;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
