namespace GaiEval.Tests.Rounds;

using GaiEval.Core.Inputs;
using GaiEval.Core.Rounds;
using GaiEval.Tests.Support;

/// <summary>The salt file (owner-only, never overwritten, read back exactly) and the round's folder name.</summary>
public sealed class RoundFilesTests
{
    [Fact]
    public void The_salt_file_reads_back_the_salt_and_is_never_overwritten()
    {
        using var folder = new TempFolder();
        string path = folder.File("salt.secret");
        byte[] salt = HiddenSetCommitment.NewSalt();

        RoundSaltFile.Write(path, salt);

        Assert.Equal(salt, RoundSaltFile.Read(path));
        Assert.Throws<IOException>(() => RoundSaltFile.Write(path, HiddenSetCommitment.NewSalt()));
        Assert.Equal(salt, RoundSaltFile.Read(path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void A_damaged_salt_file_is_bad_input_at_its_line()
    {
        using var folder = new TempFolder();
        string path = folder.Write("salt.secret", "# コメント\n0123\n");

        InputException error = Assert.Throws<InputException>(() => RoundSaltFile.Read(path));

        Assert.Equal($"{path}:2: salt: ソルトは 64 桁の16進で書かれているはずです", error.Errors.Single().ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData(".hidden")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData(" 第1回")]
    public void A_round_name_that_is_not_one_folder_name_is_refused(string name)
    {
        Assert.Throws<InputException>(() => RoundFolder.For("reports/rounds", name));
    }

    [Fact]
    public void A_round_lives_in_its_own_folder_under_the_parent()
    {
        RoundFolder folder = RoundFolder.For("reports/rounds", "2026-第1回");

        Assert.Equal(Path.GetFullPath(Path.Combine("reports/rounds", "2026-第1回", "commitment.json")), folder.CommitmentFile);
    }
}
