namespace GaiEval.Core.Rounds;

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;

/// <summary>
/// The salted commitment to a test set's hidden items, published before a round and checked after it.
/// </summary>
/// <remarks>
/// <para>
/// Canonical form (scheme <see cref="Scheme"/>): the items whose split is hidden, sorted by id (ordinal, code unit by
/// code unit); each serialised as one line of JSON with <see cref="GaiEvalJson.Options"/> (every field of
/// <see cref="GoldItem"/> in declaration order, snake_case names, null fields left out, no indentation, non-ASCII
/// unescaped); the lines joined with LF (no LF after the last one) and encoded as UTF-8 without a BOM.
/// </para>
/// <para>
/// A change to any field of any hidden item, adding a hidden item, removing one or moving one to another split changes
/// the canonical form. Public and private items, and the order of the items in the file, do not enter it. The same
/// items read from CSV or JSONL give the same form. A future field of <see cref="GoldItem"/> would change the form, so
/// a round is checked with the version of gaieval that opened it.
/// </para>
/// <para>Commitment: SHA-256 of the 32 salt bytes followed by the canonical bytes, as lower-case hex.</para>
/// </remarks>
public static class HiddenSetCommitment
{
    public const string Scheme = "gaieval-hidden-set/1";

    public const int SaltLength = 32;

    /// <summary>The algorithm in words, written into commitment.json and reveal.json for whoever checks them.</summary>
    public const string Algorithm =
        "コミットメント = SHA-256( ソルト32バイト ‖ 非公開項目の正規形のUTF-8バイト列 ) の16進小文字。" +
        "正規形: split が hidden の項目を id の順（序数比較）に並べ、各項目を gaieval の JSON 形式（snake_case、null の項目は省略、インデントなし、" +
        "文字は System.Text.Json の JavaScriptEncoder（UnicodeRanges.All）のとおり: 日本語はそのまま、< > & ' + ` と基本多言語面の外の文字は \\uXXXX）で1行にし、LF で連結したもの（最後の行の後に LF なし、BOM なし）。" +
        "ソルトは16進で reveal.json に公開されます。gaieval round verify で再計算できます。";

    public static IReadOnlyList<GoldItem> HiddenItems(IEnumerable<GoldItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return [.. items.Where(item => item.Split == ItemSplit.Hidden).OrderBy(item => item.Id, StringComparer.Ordinal)];
    }

    /// <summary>The canonical bytes of the hidden items among <paramref name="items"/> (the other splits are ignored).</summary>
    public static byte[] CanonicalForm(IEnumerable<GoldItem> items)
    {
        JsonTypeInfo<GoldItem> item = GaiEvalJson.Info<GoldItem>(GaiEvalJson.Options);
        IEnumerable<string> lines = HiddenItems(items).Select(hidden => JsonSerializer.Serialize(hidden, item));
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(string.Join('\n', lines));
    }

    /// <summary>SHA-256 of the canonical form alone (lower-case hex), revealed at close so that a recomputation can be compared.</summary>
    public static string CanonicalHash(IEnumerable<GoldItem> items) =>
        Convert.ToHexStringLower(SHA256.HashData(CanonicalForm(items)));

    public static byte[] NewSalt() => RandomNumberGenerator.GetBytes(SaltLength);

    public static string Commit(ReadOnlySpan<byte> salt, IEnumerable<GoldItem> items)
    {
        if (salt.Length != SaltLength)
        {
            throw new ArgumentException($"The salt must be {SaltLength} bytes.", nameof(salt));
        }

        byte[] canonical = CanonicalForm(items);
        byte[] message = new byte[salt.Length + canonical.Length];
        salt.CopyTo(message);
        canonical.CopyTo(message.AsSpan(salt.Length));
        return Convert.ToHexStringLower(SHA256.HashData(message));
    }

    /// <summary>The salt from its hex form (64 hex digits, either case), or null when it is not one.</summary>
    public static byte[]? ParseSalt(string? hex)
    {
        if (hex is null || hex.Length != SaltLength * 2 || !hex.All(char.IsAsciiHexDigit))
        {
            return null;
        }

        return Convert.FromHexString(hex);
    }
}
