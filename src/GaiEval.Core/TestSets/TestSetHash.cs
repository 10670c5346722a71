namespace GaiEval.Core.TestSets;

using System.Security.Cryptography;
using System.Text.Json;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;

/// <summary>The content hash of a test set: SHA-256 (lower-case hex) of its items as a JSON array in <see cref="GaiEvalJson.Options"/>.</summary>
/// <remarks>Depends only on the items, so the same items from CSV and from JSONL hash alike.</remarks>
public static class TestSetHash
{
    public static string Compute(IReadOnlyList<GoldItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(items, GaiEvalJson.Options);
        return Convert.ToHexStringLower(SHA256.HashData(json));
    }
}
