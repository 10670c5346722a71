namespace GaiEval.Core.TestSets;

using System.Text;

/// <summary>
/// Decodes a CSV file as Excel may have saved it: a BOM means UTF-8; otherwise UTF-8 when the bytes decode strictly as
/// UTF-8; otherwise Shift_JIS (code page 932, CP932), what Japanese Excel writes for "CSV (コンマ区切り)".
/// </summary>
internal static class CsvTextDecoder
{
    public const int ShiftJisCodePage = 932;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static CsvTextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            return Encoding.UTF8.GetString(bytes[Encoding.UTF8.Preamble.Length..]);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(ShiftJisCodePage).GetString(bytes);
        }
    }
}
