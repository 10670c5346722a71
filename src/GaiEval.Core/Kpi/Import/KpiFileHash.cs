namespace GaiEval.Core.Kpi.Import;

using System.Security.Cryptography;

/// <summary>
/// The content hash of an imported file: SHA-256 (lower-case hex) of its bytes, followed by those of the mapping it is
/// read with, if any, so that re-importing it is recognised and a corrected mapping is not.
/// </summary>
public static class KpiFileHash
{
    public static string Of(string path, string? mappingPath = null)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, path);
        if (mappingPath is not null)
        {
            hash.AppendData("\0mapping\0"u8);
            Append(hash, mappingPath);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, string path)
    {
        using FileStream stream = File.OpenRead(path);
        byte[] buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            hash.AppendData(buffer, 0, read);
        }
    }
}
