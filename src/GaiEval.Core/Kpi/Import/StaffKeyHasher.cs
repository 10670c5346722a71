namespace GaiEval.Core.Kpi.Import;

using System.Security.Cryptography;
using System.Text;

/// <summary>
/// Replaces a staff key by a keyed hash (HMAC-SHA256 with the database's secret): <c>s-</c> and the first 16 hex digits.
/// The key is trimmed and NFKC-normalised first, so 「００１２」 and 「0012」 give the same pseudonym.
/// </summary>
public sealed class StaffKeyHasher(StaffKeySecret secret)
{
    public const string Prefix = "s-";

    private const int HexDigits = 16;

    public string Hash(string rawKey)
    {
        ArgumentNullException.ThrowIfNull(rawKey);
        byte[] key = Encoding.UTF8.GetBytes(rawKey.Normalize(NormalizationForm.FormKC).Trim());
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(secret.Bytes, key, mac);
        return Prefix + Convert.ToHexStringLower(mac[..(HexDigits / 2)]);
    }
}
