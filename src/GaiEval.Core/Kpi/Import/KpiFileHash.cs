namespace GaiEval.Core.Kpi.Import;

using System.Security.Cryptography;

/// <summary>The content hash of an imported file: SHA-256 (lower-case hex) of its bytes, so re-importing it can be recognised.</summary>
public static class KpiFileHash
{
    public static string Of(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
