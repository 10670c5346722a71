namespace GaiEval.Tests.Rounds;

using GaiEval.Core.Inputs;
using GaiEval.Core.Rounds;
using GaiEval.Core.Rounds.Contamination;
using GaiEval.Scoring.Risk;
using GaiEval.Tests.Support;

/// <summary>canary.json: made once with a random canary, then read back; a damaged or foreign file is bad input.</summary>
public sealed class RoundCanaryFileTests
{
    [Fact]
    public void The_canary_is_made_once_and_read_back_afterwards()
    {
        using var temp = new TempFolder();
        RoundFolder folder = RoundFolder.For(temp.Path, "2026-第1回");

        (RoundCanary first, bool created) = RoundCanaryFile.ReadOrCreate(folder);
        (RoundCanary second, bool createdAgain) = RoundCanaryFile.ReadOrCreate(folder);

        Assert.True(created);
        Assert.False(createdAgain);
        Assert.Equal(first, second);
        Assert.Matches("^GEC-[0-9a-f]{32}$", first.Canary);
        Assert.Equal("2026-第1回", first.Round);
    }

    [Fact]
    public void Two_rounds_get_canaries_that_the_detector_tells_apart()
    {
        using var temp = new TempFolder();
        string a = RoundCanaryFile.ReadOrCreate(RoundFolder.For(temp.Path, "a")).Canary.Canary;
        string b = RoundCanaryFile.ReadOrCreate(RoundFolder.For(temp.Path, "b")).Canary.Canary;

        Assert.NotEqual(a, b);
        Assert.Empty(new CanaryDetector([a]).Find(RiskText.Of($"回答です。{b}")));
        Assert.NotEmpty(new CanaryDetector([a]).Find(RiskText.Of($"回答です。{a}")));
    }

    [Fact]
    public void A_canary_file_of_another_round_or_with_a_damaged_canary_is_bad_input()
    {
        using var temp = new TempFolder();
        RoundFolder folder = RoundFolder.For(temp.Path, "b");
        Directory.CreateDirectory(folder.Path);
        File.WriteAllText(folder.CanaryFile, """{"round": "a", "canary": "GEC-xyz", "created_at": "2026-12-01T00:00:00+00:00"}""");

        InputException error = Assert.Throws<InputException>(() => RoundCanaryFile.ReadOrCreate(folder));

        Assert.Equal(
            [$"{folder.CanaryFile}:0: canary: 識別子は GEC- と16進小文字32桁であるべきです。canary.json が壊れていないか確認してください", $"{folder.CanaryFile}:0: round: canary.json は回「a」のものです（この回は「b」）"],
            error.Errors.Select(e => e.ToString()));
    }
}
