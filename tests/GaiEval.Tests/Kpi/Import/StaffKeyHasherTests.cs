namespace GaiEval.Tests.Kpi.Import;

using System.Security.Cryptography;
using System.Text;
using GaiEval.Core.Inputs;
using GaiEval.Core.Kpi.Import;
using GaiEval.Tests.Support;

public sealed class StaffKeyHasherTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Is_the_first_16_hex_digits_of_the_hmac_sha256_of_the_key_with_the_secret()
    {
        string path = folder.File("db", "staff-key.secret");
        var hasher = new StaffKeyHasher(StaffKeySecret.LoadOrCreate(path));
        byte[] secret = File.ReadAllBytes(path);

        string expected = "s-" + Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.UTF8.GetBytes("0012")))[..16];

        Assert.Equal(32, secret.Length);
        Assert.Equal(expected, hasher.Hash("0012"));
        Assert.Matches("^s-[0-9a-f]{16}$", hasher.Hash("0012"));
    }

    [Fact]
    public void Is_stable_for_one_secret_and_differs_across_secrets()
    {
        string path = folder.File("a", "staff-key.secret");
        string first = new StaffKeyHasher(StaffKeySecret.LoadOrCreate(path)).Hash("K1001");
        string again = new StaffKeyHasher(StaffKeySecret.LoadOrCreate(path)).Hash("K1001");
        string other = new StaffKeyHasher(StaffKeySecret.LoadOrCreate(folder.File("b", "staff-key.secret"))).Hash("K1001");

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.NotEqual(first, new StaffKeyHasher(StaffKeySecret.LoadOrCreate(path)).Hash("K1002"));
    }

    [Fact]
    public void Trims_and_normalises_the_key_first()
    {
        var hasher = new StaffKeyHasher(StaffKeySecret.LoadOrCreate(folder.File("staff-key.secret")));

        Assert.Equal(hasher.Hash("0012"), hasher.Hash("００１２"));
        Assert.Equal(hasher.Hash("0012"), hasher.Hash(" 0012\t"));
        Assert.NotEqual(hasher.Hash("0012"), hasher.Hash("012"));
    }

    [Fact]
    public void Creates_the_secret_readable_by_its_owner_only_and_never_shows_it()
    {
        string path = folder.File("staff-key.secret");

        StaffKeySecret secret = StaffKeySecret.LoadOrCreate(path);

        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }

        string hex = Convert.ToHexString(File.ReadAllBytes(path));
        Assert.DoesNotContain(hex, secret.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(path, secret.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_secret_file_of_the_wrong_length()
    {
        string path = folder.WriteBytes("staff-key.secret", new byte[31]);

        var thrown = Assert.Throws<InputException>(() => StaffKeySecret.LoadOrCreate(path));

        Assert.Contains("31 バイト", Assert.Single(thrown.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(31, new FileInfo(path).Length);
    }

    [Fact]
    public void Hashes_a_files_bytes_with_sha256()
    {
        string path = folder.Write("usage.csv", "abc");

        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", KpiFileHash.Of(path));
    }
}
