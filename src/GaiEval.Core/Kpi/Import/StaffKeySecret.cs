namespace GaiEval.Core.Kpi.Import;

using System.Security.Cryptography;
using GaiEval.Core.Inputs;

/// <summary>
/// The per-database secret of the staff-key hash: 32 random bytes in a file beside the database, created on first use
/// (readable by its owner only, on Unix). It is never printed: <see cref="ToString"/> names the file, not the bytes.
/// </summary>
public sealed class StaffKeySecret
{
    public const int Length = 32;

    private readonly byte[] bytes;

    private StaffKeySecret(string path, byte[] bytes)
    {
        Path = path;
        this.bytes = bytes;
    }

    public string Path { get; }

    internal ReadOnlySpan<byte> Bytes => bytes;

    /// <exception cref="InputException">The file exists but does not hold a secret of 32 bytes.</exception>
    public static StaffKeySecret LoadOrCreate(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            TryCreate(path);
        }

        byte[] bytes = File.ReadAllBytes(path);
        if (bytes.Length != Length)
        {
            throw new InputException(path, 0, "secret", $"職員番号の仮名化に使う秘密鍵のファイルが壊れています（{Length} バイトであるべきところ {bytes.Length} バイト）。取り込み済みのデータと照合できなくなるため、バックアップから戻してください");
        }

        return new StaffKeySecret(path, bytes);
    }

    public override string ToString() => $"StaffKeySecret({Path})";

    /// <summary>Writes a new secret unless another process wrote one first (then that one is used).</summary>
    private static void TryCreate(string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var stream = new FileStream(path, options);
            stream.Write(RandomNumberGenerator.GetBytes(Length));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Created by another import at the same moment.
        }
    }
}
