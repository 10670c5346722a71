namespace GaiEval.Storage;

/// <summary>
/// The lease of a run of a SQLite store: an exclusive lock on the file <c>&lt;db&gt;.leases/&lt;run id&gt;.lock</c> (flock
/// on Unix, a sharing lock on Windows), which the operating system drops when the process dies. The file is left in place:
/// deleting it on release would let a late opener lock a deleted file while a third process locks a new one.
/// </summary>
internal sealed class RunLeaseFile : IAsyncDisposable
{
    private readonly FileStream stream;

    private RunLeaseFile(FileStream stream)
    {
        this.stream = stream;
    }

    /// <returns>The lease, or null when another process holds the file locked.</returns>
    public static RunLeaseFile? TryTake(string databasePath, string runId)
    {
        string folder = databasePath + ".leases";
        Directory.CreateDirectory(folder);
        string name = string.Concat(runId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')) + ".lock";
        try
        {
            return new RunLeaseFile(new FileStream(Path.Combine(folder, name), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException exception) when (exception is not (FileNotFoundException or DirectoryNotFoundException or PathTooLongException))
        {
            return null;
        }
    }

    public ValueTask DisposeAsync() => stream.DisposeAsync();
}
