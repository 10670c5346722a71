namespace GaiEval.Core.Inputs;

using System.Buffers;
using System.Globalization;
using System.Text;

/// <summary>
/// Decodes a whole stream once, in blocks, with an encoding that throws on bytes it cannot read, and tells where the first
/// such byte stands and how Japanese the decoded text looks (the scores tell UTF-8 with a bad byte from CP932, and CP932
/// from EUC-JP when both decode).
/// </summary>
internal static class StrictTextPass
{
    private const int BlockSize = 64 * 1024;

    /// <summary>What Windows' code-page tables map bytes that are no characters to (0x80, 0xA0, 0xFD–0xFF); counted as faults.</summary>
    private static readonly Dictionary<char, byte> BestFitBytes = new() { ['\u0080'] = 0x80, ['\uF8F0'] = 0xA0, ['\uF8F1'] = 0xFD, ['\uF8F2'] = 0xFE, ['\uF8F3'] = 0xFF };

    private static readonly SearchValues<char> BestFitChars = SearchValues.Create([.. BestFitBytes.Keys]);

    /// <param name="encoding">An encoding whose decoder throws (<see cref="DecoderFallback.ExceptionFallback"/>).</param>
    /// <param name="refuseBestFit">Treat the code-page table's placeholders for non-characters as faults (CP932, EUC-JP).</param>
    public static StrictTextPassResult Run(Stream stream, long start, Encoding encoding, LineFeedUnit unit, bool refuseBestFit)
    {
        stream.Position = start;
        Decoder decoder = encoding.GetDecoder();
        byte[] block = new byte[BlockSize];
        char[] chars = new char[encoding.GetMaxCharCount(BlockSize)];
        int line = 1;
        int score = 0;
        var kana = new KanaCount();
        int read;
        while ((read = stream.ReadAtLeast(block, BlockSize, throwOnEndOfStream: false)) > 0)
        {
            int count;
            try
            {
                count = decoder.GetChars(block, 0, read, chars, 0, flush: false);
            }
            catch (DecoderFallbackException exception)
            {
                int index = Math.Clamp(exception.Index, 0, read);
                score += Score(DecodedPrefix(encoding, block, index));
                return Fault(line + LineFeeds(block.AsSpan(0, index), unit), exception.BytesUnknown ?? [], score, kana.Count);
            }

            ReadOnlySpan<char> text = chars.AsSpan(0, count);
            if (refuseBestFit && text.IndexOfAny(BestFitChars) is var bad and >= 0)
            {
                return Fault(line + text[..bad].Count('\n'), [BestFitBytes[text[bad]]], score + Score(text[..bad]), kana.Count);
            }

            score += Score(text);
            kana.Add(text);
            line += LineFeeds(block.AsSpan(0, read), unit);
        }

        try
        {
            decoder.GetChars([], 0, 0, chars, 0, flush: true);
        }
        catch (DecoderFallbackException exception)
        {
            return Fault(line, exception.BytesUnknown ?? [], score, kana.Count);
        }

        return new StrictTextPassResult(true, 0, string.Empty, score, kana.Count);
    }

    private static StrictTextPassResult Fault(int line, byte[] bytes, int score, int kana) =>
        new(false, line, string.Join(' ', bytes.Select(b => "0x" + b.ToString("X2", CultureInfo.InvariantCulture))), score, kana);

    /// <summary>The text before a fault in a block; empty when the fault began in the block before.</summary>
    private static string DecodedPrefix(Encoding encoding, byte[] block, int length)
    {
        try
        {
            return encoding.GetString(block, 0, length);
        }
        catch (DecoderFallbackException)
        {
            return string.Empty;
        }
    }

    private static int LineFeeds(ReadOnlySpan<byte> bytes, LineFeedUnit unit)
    {
        if (unit == LineFeedUnit.Byte)
        {
            return bytes.Count((byte)'\n');
        }

        int feeds = 0;
        int low = unit == LineFeedUnit.Utf16LittleEndian ? 0 : 1;
        for (int i = 0; i + 1 < bytes.Length; i += 2)
        {
            if (bytes[i + low] == (byte)'\n' && bytes[i + 1 - low] == 0)
            {
                feeds++;
            }
        }

        return feeds;
    }

    private static int Score(ReadOnlySpan<char> text)
    {
        int score = 0;
        foreach (char c in text)
        {
            score += c switch
            {
                >= '\u3000' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF' or >= '\uFF01' and <= '\uFF5E' => 1,
                _ => 0,
            };
        }

        return score;
    }

    /// <summary>Counts kana for <see cref="StrictTextPassResult.KanaScore"/> across blocks.</summary>
    private sealed class KanaCount
    {
        private char previous;

        public int Count { get; private set; }

        public void Add(ReadOnlySpan<char> text)
        {
            foreach (char c in text)
            {
                bool fullWidth = c is >= '\u3041' and <= '\u30FF';
                bool halfWidth = c is >= '\uFF66' and <= '\uFF9F' && previous is not ('\uFF64' or '\uFF65');
                Count += fullWidth || halfWidth ? 1 : 0;
                previous = c;
            }
        }
    }
}
