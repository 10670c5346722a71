namespace GaiEval.Core.Kpi.Import;

using System.Text;
using GaiEval.Core.TestSets;

/// <summary>
/// Opens a KPI CSV for streaming, decoded as <see cref="CsvTextDecoder"/> decodes a whole file (a BOM means UTF-8; else
/// UTF-8 when every byte decodes strictly as UTF-8; else CP932), but deciding by one pass over the bytes in small blocks.
/// </summary>
internal static class KpiCsvText
{
    private const int BlockSize = 64 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static KpiCsvText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static StreamReader Open(string path)
    {
        Encoding encoding = IsUtf8(path) ? Encoding.UTF8 : Encoding.GetEncoding(CsvTextDecoder.ShiftJisCodePage);
        return new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: false, BlockSize);
    }

    private static bool IsUtf8(string path)
    {
        using FileStream stream = File.OpenRead(path);
        byte[] block = new byte[BlockSize];
        char[] chars = new char[StrictUtf8.GetMaxCharCount(BlockSize)];
        Decoder decoder = StrictUtf8.GetDecoder();
        int read;
        bool first = true;
        try
        {
            while ((read = stream.Read(block, 0, block.Length)) > 0)
            {
                if (first && block.AsSpan(0, read).StartsWith(Encoding.UTF8.Preamble))
                {
                    return true;
                }

                first = false;
                decoder.GetChars(block, 0, read, chars, 0, flush: false);
            }

            decoder.GetChars([], 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
