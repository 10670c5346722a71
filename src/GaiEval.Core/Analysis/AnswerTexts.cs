namespace GaiEval.Core.Analysis;

using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

/// <summary>
/// The answers' texts of a loaded run, kept in a temporary file instead of memory (at 100,000 answers they were most of
/// the memory a report took). Written once while the run is read, then read back by position from any thread. The file
/// is readable by its owner only and removed at once: it lives as long as its handle, which the runtime closes.
/// </summary>
internal sealed class AnswerTexts
{
    private readonly FileStream? file;
    private SafeFileHandle? handle;

    private AnswerTexts(FileStream? file)
    {
        this.file = file;
    }

    /// <summary>Texts that hold nothing: for results that keep no text.</summary>
    public static AnswerTexts None { get; } = new(null);

    public static AnswerTexts Create()
    {
        string path = Path.Combine(Path.GetTempPath(), $"gaieval-answers-{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.ReadWrite,
            Share = FileShare.Delete,
            Options = FileOptions.DeleteOnClose,
            BufferSize = 1 << 16,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        var file = new FileStream(path, options);
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Where an open file cannot be unlinked, DeleteOnClose removes it when the handle closes.
        }

        return new AnswerTexts(file);
    }

    /// <summary>Appends a text while the run is read; returns where it lies.</summary>
    public AnswerTextSpan Append(string text)
    {
        if (file is null || handle is not null)
        {
            throw new InvalidOperationException("answer texts are complete");
        }

        var span = new AnswerTextSpan(file.Position, text.Length);
        file.Write(MemoryMarshal.AsBytes(text.AsSpan()));
        return span;
    }

    /// <summary>Ends the writing: from now on texts are only read.</summary>
    public void Complete()
    {
        if (file is not null)
        {
            file.Flush();
            handle = file.SafeFileHandle;
        }
    }

    public string Read(AnswerTextSpan span)
    {
        if (span.Length == 0)
        {
            return string.Empty;
        }

        SafeFileHandle texts = handle ?? throw new InvalidOperationException("answer texts are still being written");
        return string.Create(span.Length, (texts, span.Offset), static (chars, state) =>
        {
            Span<byte> bytes = MemoryMarshal.AsBytes(chars);
            long offset = state.Offset;
            while (bytes.Length > 0)
            {
                int read = RandomAccess.Read(state.texts, bytes, offset);
                if (read == 0)
                {
                    throw new EndOfStreamException("an answer's text is missing from its temporary file");
                }

                bytes = bytes[read..];
                offset += read;
            }
        });
    }
}
