namespace GaiEval.Tests.Kpi.Measures;

using GaiEval.Core.Analysis;
using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Measures;

public sealed class SatisfactionMeasureTests
{
    private static readonly Dictionary<string, int> Eligible = new() { ["総務課"] = 10, ["税務課"] = 5, ["福祉課"] = 4 };

    // Wave 2026-10: users r1 (5), r2 (4), r3 (2), r4 (blank), r8 (3, 企画課 not in the map); r5 and r7 did not use
    // (r5's score 1 must be ignored), r6 left "used" blank (its 5 ignored). Wave 2026-12: r1 (4).
    private static readonly SurveyResponse[] Responses =
    [
        Answer("r1", "総務課", true, 5, ["文書作成"], recommend: 10),
        Answer("r2", "総務課", true, 4, ["文書作成", "添削・翻訳"], recommend: 8),
        Answer("r3", "総務課", true, 2, ["添削・翻訳"], recommend: 3),
        Answer("r4", "税務課", true, null, []),
        Answer("r5", "税務課", false, 1, [], comment: "使い方が分からない"),
        Answer("r6", "税務課", null, 5, [], comment: "利用有無が空欄の人の意見"),
        Answer("r7", "総務課", false, null, [], comment: "  "),
        Answer("r8", "企画課", true, 3, []),
        Answer("r1", "総務課", true, 4, [], wave: "2026-12"),
    ];

    [Fact]
    public void Scores_only_users_and_counts_blank_answers_apart()
    {
        WaveSatisfaction wave = Measure().Waves[0];

        // Users' scores 5, 4, 2, 3 (r4 blank): distribution [0, 1, 1, 1, 1], top-2 = 2/4, mean 14/4 = 3.5.
        Assert.Equal("2026-10", wave.Wave);
        Assert.Equal([0, 1, 1, 1, 1], wave.Users.Distribution);
        Assert.Equal((4, 1), (wave.Users.N, wave.Users.Blank));
        WilsonByHand.AssertInterval(2, 4, wave.Users.TopTwo);
        Assert.Equal(3.5, wave.Users.Mean!.Value!.Value, 12);
    }

    [Fact]
    public void Keeps_non_users_apart_with_their_comments()
    {
        NonUsers nonUsers = Measure().Waves[0].NonUsers;

        // r5 and r7 said no (r7's comment is blank, so not listed); r6 left the question blank.
        Assert.Equal((2, 1), (nonUsers.NotUsed, nonUsers.UseUnknown));
        Assert.Equal(["使い方が分からない"], nonUsers.Comments);
    }

    [Fact]
    public void Splits_users_by_department_and_by_each_use_they_chose()
    {
        WaveSatisfaction wave = Measure().Waves[0];

        // 総務課: 5, 4, 2 → top-2 2/3, mean 11/3; 税務課: only r4, blank → n = 0, no mean; 企画課: 3.
        Assert.Equal(["企画課", "税務課", "総務課"], wave.ByDepartment.Select(g => g.Group));
        SatisfactionFigures general = wave.ByDepartment.Single(g => g.Group == "総務課").Figures;
        WilsonByHand.AssertInterval(2, 3, general.TopTwo);
        Assert.Equal(11.0 / 3, general.Mean!.Value!.Value, 12);
        SatisfactionFigures tax = wave.ByDepartment.Single(g => g.Group == "税務課").Figures;
        Assert.Equal((0, 1, null), (tax.N, tax.Blank, tax.Mean));
        Assert.Null(tax.TopTwo.Value);

        // 文書作成: r1 5, r2 4 → 2/2, mean 4.5; 添削・翻訳: r2 4, r3 2 → 1/2, mean 3.
        SatisfactionFigures drafting = wave.ByUse.Single(g => g.Group == "文書作成").Figures;
        SatisfactionFigures editing = wave.ByUse.Single(g => g.Group == "添削・翻訳").Figures;
        WilsonByHand.AssertInterval(2, 2, drafting.TopTwo);
        WilsonByHand.AssertInterval(1, 2, editing.TopTwo);
        Assert.Equal((4.5, 3.0), (drafting.Mean!.Value!.Value, editing.Mean!.Value!.Value));
        Assert.Equal(2, wave.ByUse.Count);
    }

    [Fact]
    public void Response_rate_keeps_a_department_without_respondents_and_never_divides_an_unknown_one()
    {
        ShareOfEligible rate = Measure().Waves[0].ResponseRate;

        // 総務課 r1 r2 r3 r7 = 4/10; 税務課 r4 r5 r6 = 3/5; 福祉課 0/4 with n = 0; 企画課 1, no denominator;
        // total over the map's departments 7/19.
        Assert.Equal(["福祉課", "税務課", "総務課"], rate.Departments.Select(d => d.Department));
        DepartmentRate welfare = rate.Departments.Single(d => d.Department == "福祉課");
        Assert.Equal((0, 4, 0.0, 0), (welfare.Count, welfare.Eligible, welfare.Rate!.Value!.Value, welfare.Rate.N));
        Assert.Equal(0.4, rate.Departments.Single(d => d.Department == "総務課").Rate!.Value!.Value, 12);
        Assert.Equal(0.6, rate.Departments.Single(d => d.Department == "税務課").Rate!.Value!.Value, 12);
        DepartmentRate planning = Assert.Single(rate.UnknownDepartments);
        Assert.Equal(("企画課", 1, (int?)null, (Estimate?)null), (planning.Department, planning.Count, planning.Eligible, planning.Rate));
        Assert.Equal((7, 19), (rate.Total.Count, rate.Total.Eligible!.Value));
        Assert.Equal(7.0 / 19, rate.Total.Rate!.Value!.Value, 12);
    }

    [Fact]
    public void Nps_is_promoters_minus_detractors_and_absent_without_answers()
    {
        SatisfactionResult result = Measure();

        // r1 10 promoter, r2 8 passive, r3 3 detractor: 33.3% − 33.3% = 0 points, n = 3. Wave 2026-12 has no answer.
        Estimate nps = result.Waves[0].Nps!;
        Assert.Equal(0, nps.Value!.Value, 12);
        Assert.Equal(3, nps.N);
        Assert.True(nps.Low <= 0 && nps.High >= 0 && nps.Low >= -100 && nps.High <= 100);
        Assert.Null(result.Waves[1].Nps);
    }

    [Fact]
    public void Orders_waves_and_gives_the_same_intervals_for_the_same_seed()
    {
        SatisfactionResult first = Measure();
        SatisfactionResult again = Measure();

        Assert.Equal(["2026-10", "2026-12"], first.Waves.Select(w => w.Wave));
        Assert.Equal(first.Waves[0].Users.Mean, again.Waves[0].Users.Mean);
        Assert.Equal(first.Waves[0].Nps, again.Waves[0].Nps);
        Estimate mean = first.Waves[0].Users.Mean!;
        Assert.True(mean.Low <= mean.Value && mean.Value <= mean.High, $"{mean.Low} {mean.Value} {mean.High}");
        Assert.True(mean.Low < mean.High);
        Assert.Contains("bootstrap", mean.Method, StringComparison.Ordinal);
        Assert.Equal("Wilson", first.Waves[0].Users.TopTwo.Method);
    }

    private static SatisfactionResult Measure() => SatisfactionMeasure.Measure(Responses, Eligible);

    private static SurveyResponse Answer(
        string respondent, string department, bool? used, int? satisfaction, string[] uses, int? recommend = null, string? comment = null, string wave = "2026-10") =>
        new()
        {
            Wave = wave,
            Respondent = respondent,
            Department = department,
            Used = used,
            Satisfaction = satisfaction,
            Recommend = recommend,
            Uses = uses,
            Comment = comment,
        };
}
