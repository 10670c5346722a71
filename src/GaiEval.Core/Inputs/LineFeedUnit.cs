namespace GaiEval.Core.Inputs;

/// <summary>How a file's line breaks are written: one byte (UTF-8, CP932, EUC-JP) or one UTF-16 unit.</summary>
internal enum LineFeedUnit
{
    Byte,
    Utf16LittleEndian,
    Utf16BigEndian,
}
