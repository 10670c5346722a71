namespace GaiEval.Core.TestSets;

using System.Security.Cryptography;
using System.Text.Json;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;

/// <summary>The content hash of a test set: SHA-256 (lower-case hex) of its items as a JSON array in <see cref="GaiEvalJson.Options"/>.</summary>
/// <remarks>
/// Depends only on the items, so the same items from CSV and from JSONL hash alike. The JSON is hashed as it is written, never
/// held whole (100,000 items would be a buffer of hundreds of megabytes).
/// </remarks>
public static class TestSetHash
{
    public static string Compute(IReadOnlyList<GoldItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        using var sha256 = SHA256.Create();
        using (var hashing = new CryptoStream(Stream.Null, sha256, CryptoStreamMode.Write))
        {
            JsonSerializer.Serialize(hashing, items, GaiEvalJson.Info<IReadOnlyList<GoldItem>>(GaiEvalJson.Options));
        }

        return Convert.ToHexStringLower(sha256.Hash!);
    }
}
