namespace GaiEval.Tests.Contamination;

using GaiEval.Scoring.Contamination;

/// <summary>The completion check: a copy of the withheld half completes it, an honest paraphrase does not, no answer never does.</summary>
public sealed class CompletionCheckTests
{
    // 34 characters normalised: the run threshold is min(30, 17) = 17; 22 distinct 13-grams.
    private const string SecondHalf = "手数料は1通につき300円で、窓口では本人確認書類の提示が必要です。";

    // 60 distinct ideographs (U+4E00…): every 13-gram occurs once, so the counts below are exact.
    private static readonly string Distinct60 = string.Concat(Enumerable.Range(0x4E00, 60).Select(c => (char)c));

    [Fact]
    public void A_copy_completes_even_in_other_widths_and_spacing()
    {
        CompletionJudgement judgement = CompletionCheck.Judge("手数料は１通につき３００円で、窓口では 本人確認書類の提示が必要です。", SecondHalf);

        Assert.Equal(new CompletionJudgement(34, 1.0, true), judgement);
    }

    [Fact]
    public void An_honest_paraphrase_does_not_complete()
    {
        const string paraphrase = "料金は一通あたり300円です。窓口でお受け取りの際は、運転免許証やマイナンバーカードなど、ご本人であることを確認できるものをお持ちください。";

        CompletionJudgement judgement = CompletionCheck.Judge(paraphrase, SecondHalf);

        // Same facts, other words: the longest shared run is 「300円で」 (5 characters), and no 13-gram is shared.
        Assert.Equal(5, judgement.LongestRun);
        Assert.Equal(0, judgement.Coverage);
        Assert.False(judgement.Completed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void No_answer_never_completes(string? answer)
    {
        Assert.Equal(new CompletionJudgement(0, 0, false), CompletionCheck.Judge(answer, SecondHalf));
    }

    [Fact]
    public void Half_the_withheld_text_in_one_run_completes_it()
    {
        Assert.True(CompletionCheck.Judge("ええと、" + SecondHalf[..17], SecondHalf).Completed);
        Assert.False(CompletionCheck.Judge("ええと、" + SecondHalf[..16], SecondHalf).Completed);
    }

    [Fact]
    public void A_run_of_thirty_completes_a_long_second_half()
    {
        CompletionJudgement judgement = CompletionCheck.Judge("続きは" + Distinct60[..30] + "です", Distinct60);

        Assert.Equal(30, judgement.LongestRun);
        Assert.True(judgement.Completed);
        Assert.Equal(30, CompletionCheck.RunThreshold(60));
        Assert.Equal(17, CompletionCheck.RunThreshold(34));
        Assert.Equal(17, CompletionCheck.RunThreshold(33));
    }

    [Fact]
    public void Half_the_withheld_13_grams_complete_it_though_no_run_reaches_thirty()
    {
        // Withheld: 60 characters, 48 13-grams. Two pieces of 25 hold 13 each: 26 / 48 ≥ 0.5. Two of 20 hold 8 each: 16 / 48.
        CompletionJudgement two25 = CompletionCheck.Judge(Distinct60[..25] + "そして" + Distinct60[30..55], Distinct60);
        CompletionJudgement two20 = CompletionCheck.Judge(Distinct60[..20] + "そして" + Distinct60[30..50], Distinct60);

        Assert.Equal(new CompletionJudgement(25, 26.0 / 48, true), two25);
        Assert.Equal(new CompletionJudgement(20, 16.0 / 48, false), two20);
    }
}
