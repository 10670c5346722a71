namespace GaiEval.Core.TestSets;

using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Running;

/// <summary>The content hash of a test set: SHA-256 (lower-case hex) of its items as a JSON array in <see cref="GaiEvalJson.Options"/>.</summary>
/// <remarks>
/// Depends only on the items, so the same items from CSV and from JSONL hash alike. The JSON is hashed as it is written, never
/// held whole (100,000 items would be a buffer of hundreds of megabytes): slices of items are written on the thread pool a
/// few ahead of the hashing, each item as the array would hold it.
/// </remarks>
public static class TestSetHash
{
    private const int ItemsPerSlice = 128;

    public static string Compute(IReadOnlyList<GoldItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        using var sha256 = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha256.AppendData("["u8);
        foreach (ArrayBufferWriter<byte> slice in AheadInOrder.MapSlices(items.Count, ItemsPerSlice, (start, count) => Write(items, start, count)))
        {
            sha256.AppendData(slice.WrittenSpan);
        }

        sha256.AppendData("]"u8);
        return Convert.ToHexStringLower(sha256.GetHashAndReset());
    }

    /// <summary>The items of a slice as they stand in the array: each after a comma, but for the first item of all.</summary>
    private static ArrayBufferWriter<byte> Write(IReadOnlyList<GoldItem> items, int start, int count)
    {
        JsonTypeInfo<GoldItem> info = GaiEvalJson.Info<GoldItem>(GaiEvalJson.Options);
        var slice = new ArrayBufferWriter<byte>();
        for (int index = start; index < start + count; index++)
        {
            if (index > 0)
            {
                slice.Write(","u8);
            }

            slice.Write(JsonSerializer.SerializeToUtf8Bytes(items[index], info));
        }

        return slice;
    }
}
