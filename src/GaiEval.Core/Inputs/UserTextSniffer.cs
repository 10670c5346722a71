namespace GaiEval.Core.Inputs;

using System.Text;

/// <summary>
/// Finds the encoding of a file a user wrote or Excel saved: UTF-8 (with or without BOM), UTF-16 LE/BE (BOM, or zero bytes
/// where ASCII would be), else CP932 read strictly. EUC-JP and bytes that none of them reads are refused with the line.
/// </summary>
internal static class UserTextSniffer
{
    private const string Field = "文字コード";
    private const string SaveAsUtf8 = "UTF-8 で保存し直してください";
    private const int ShiftJisCodePage = 932;
    private const int EucJpCodePage = 51932;
    private const int HeadSize = 4096;

    /// <summary>
    /// Kana or kanji read as UTF-8 before its first fault that make the file UTF-8 with bad bytes, not CP932: a CP932 or
    /// EUC-JP file seldom forms even one three-byte UTF-8 character by chance, let alone two.
    /// </summary>
    private const int LooksUtf8 = 2;

    static UserTextSniffer() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <exception cref="InputException">The file is in no encoding gaieval reads, or has bytes its encoding cannot read.</exception>
    public static UserTextEncoding Sniff(string file, Stream stream)
    {
        byte[] head = new byte[HeadSize];
        stream.Position = 0;
        ReadOnlySpan<byte> start = head.AsSpan(0, stream.ReadAtLeast(head, HeadSize, throwOnEndOfStream: false));
        if (start.StartsWith(Encoding.UTF8.Preamble))
        {
            return Checked(file, stream, Encoding.UTF8.Preamble.Length, bigEndian: null);
        }

        if (start.StartsWith(Encoding.Unicode.Preamble) || start.StartsWith(Encoding.BigEndianUnicode.Preamble))
        {
            return Checked(file, stream, 2, bigEndian: start[0] == 0xFE);
        }

        if (start.Contains((byte)0))
        {
            return Checked(file, stream, 0, bigEndian: ZerosAt(start, 0) > ZerosAt(start, 1));
        }

        if (Utf8Check.IsValid(stream, 0))
        {
            return new UserTextEncoding(new UTF8Encoding(false), 0);
        }

        StrictTextPassResult utf8 = StrictTextPass.Run(stream, 0, new UTF8Encoding(false, true), LineFeedUnit.Byte, refuseBestFit: false);

        if (utf8.JapaneseScore >= LooksUtf8)
        {
            throw Unreadable(file, "UTF-8 ", utf8);
        }

        StrictTextPassResult shiftJis = StrictTextPass.Run(stream, 0, Strict(ShiftJisCodePage), LineFeedUnit.Byte, refuseBestFit: true);
        StrictTextPassResult eucJp = StrictTextPass.Run(stream, 0, Strict(EucJpCodePage), LineFeedUnit.Byte, refuseBestFit: true);
        if (eucJp.Valid && (!shiftJis.Valid || eucJp.KanaScore > shiftJis.KanaScore))
        {
            throw new InputException(file, 0, Field, $"UTF-8 でも CP932 でもありません（EUC-JP のようです）。{SaveAsUtf8}");
        }

        if (shiftJis.Valid)
        {
            return new UserTextEncoding(Encoding.GetEncoding(ShiftJisCodePage), 0);
        }

        throw Unreadable(file, "CP932（Shift_JIS）", shiftJis);
    }

    /// <summary>A UTF-8 (<paramref name="bigEndian"/> null) or UTF-16 file, checked to the end.</summary>
    private static UserTextEncoding Checked(string file, Stream stream, int preamble, bool? bigEndian)
    {
        if (bigEndian is null && Utf8Check.IsValid(stream, preamble))
        {
            return new UserTextEncoding(new UTF8Encoding(false), preamble);
        }

        (Encoding strict, Encoding reading, LineFeedUnit unit, string name) = bigEndian switch
        {
            null => ((Encoding)new UTF8Encoding(false, true), (Encoding)new UTF8Encoding(false), LineFeedUnit.Byte, "UTF-8 "),
            true => (new UnicodeEncoding(true, false, true), new UnicodeEncoding(true, false), LineFeedUnit.Utf16BigEndian, "UTF-16 "),
            false => (new UnicodeEncoding(false, false, true), new UnicodeEncoding(false, false), LineFeedUnit.Utf16LittleEndian, "UTF-16 "),
        };
        StrictTextPassResult pass = StrictTextPass.Run(stream, preamble, strict, unit, refuseBestFit: false);
        if (!pass.Valid)
        {
            throw Unreadable(file, name, pass);
        }

        return new UserTextEncoding(reading, preamble);
    }

    private static InputException Unreadable(string file, string encoding, StrictTextPassResult fault) =>
        new(file, fault.Line, Field, $"{encoding}として読めないバイトがあります（{fault.BadBytes}）。{SaveAsUtf8}");

    private static int ZerosAt(ReadOnlySpan<byte> bytes, int parity)
    {
        int zeros = 0;
        for (int i = parity; i < bytes.Length; i += 2)
        {
            zeros += bytes[i] == 0 ? 1 : 0;
        }

        return zeros;
    }

    private static Encoding Strict(int codePage) => Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
}
