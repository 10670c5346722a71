namespace GaiEval.Core.Inputs;

using System.Text;

/// <summary>
/// The one way gaieval reads a text file a user supplied (CSV sheets, JSONL, YAML, Markdown, answer files): UTF-8 with or
/// without BOM, UTF-16 LE/BE, or CP932, found by <see cref="UserTextSniffer"/>; anything else is refused with exit code 2.
/// </summary>
public static class UserTextFile
{
    /// <summary>The whole text, byte-order mark removed.</summary>
    /// <exception cref="InputException">The file is in no encoding gaieval reads.</exception>
    public static string Read(string path)
    {
        using StreamReader reader = Open(path);
        return reader.ReadToEnd();
    }

    /// <summary>The text of bytes already read from <paramref name="file"/> (named in the messages).</summary>
    /// <exception cref="InputException">The bytes are in no encoding gaieval reads.</exception>
    public static string Decode(string file, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        UserTextEncoding found = UserTextSniffer.Sniff(file, stream);
        return found.Encoding.GetString(bytes, found.PreambleLength, bytes.Length - found.PreambleLength);
    }

    /// <summary>A reader positioned after the byte-order mark, for files too large to hold whole (the file is read once first).</summary>
    /// <exception cref="InputException">The file is in no encoding gaieval reads.</exception>
    public static StreamReader Open(string path)
    {
        FileStream stream = File.OpenRead(path);
        try
        {
            UserTextEncoding found = UserTextSniffer.Sniff(path, stream);
            stream.Position = found.PreambleLength;
            return new StreamReader(stream, found.Encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The text as UTF-8 bytes after the byte-order mark: the file itself when it is UTF-8, else transcoded as it is read
    /// (the file is read once first).
    /// </summary>
    /// <exception cref="InputException">The file is in no encoding gaieval reads.</exception>
    public static Stream OpenUtf8(string path)
    {
        FileStream stream = File.OpenRead(path);
        try
        {
            UserTextEncoding found = UserTextSniffer.Sniff(path, stream);
            stream.Position = found.PreambleLength;
            return found.Encoding is UTF8Encoding ? stream : Encoding.CreateTranscodingStream(stream, found.Encoding, Encoding.UTF8);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }
}
