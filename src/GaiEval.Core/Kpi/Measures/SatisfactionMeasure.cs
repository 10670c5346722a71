namespace GaiEval.Core.Kpi.Measures;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Statistics;

/// <summary>
/// 利用者満足度 from the survey. Only respondents who said they used the service (Used = true) are scored; the others
/// are counted apart. Top-2-box share is a Wilson interval; the mean and NPS are percentile bootstrap intervals, seeded.
/// </summary>
public static class SatisfactionMeasure
{
    public const string ResponseRateMethod = "回答率 = 回答者 ÷ 対象職員（全数、区間なし）";

    public static SatisfactionResult Measure(
        IReadOnlyList<SurveyResponse> responses, IReadOnlyDictionary<string, int> eligible, int seed = Bootstrap.DefaultSeed) =>
        new([.. responses.GroupBy(r => r.Wave, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Wave(g.Key, [.. g], eligible, seed))]);

    /// <summary>Each respondent of the wave once, with the department they answered.</summary>
    public static ShareOfEligible ResponseRate(IEnumerable<SurveyResponse> wave, IReadOnlyDictionary<string, int> eligible)
    {
        Dictionary<string, string> departments = new(StringComparer.Ordinal);
        foreach (SurveyResponse response in wave)
        {
            departments[response.Respondent] = DepartmentLabel.Of(response.Department);
        }

        return ShareOfEligible.Of(departments, eligible, ResponseRateMethod);
    }

    private static WaveSatisfaction Wave(string wave, IReadOnlyList<SurveyResponse> responses, IReadOnlyDictionary<string, int> eligible, int seed)
    {
        List<SurveyResponse> users = [.. responses.Where(r => r.Used == true)];
        List<GroupSatisfaction> byDepartment = SmallGroupDisclosure.Withhold(
            [.. users.GroupBy(r => DepartmentLabel.Of(r.Department), StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new GroupSatisfaction(g.Key, Figures([.. g], seed)))],
            splitTheUsers: true);
        List<GroupSatisfaction> byUse = SmallGroupDisclosure.Withhold(
            [.. users.SelectMany(r => r.Uses.Distinct(StringComparer.Ordinal).Select(u => (Use: u, Response: r)))
                .GroupBy(x => x.Use, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new GroupSatisfaction(g.Key, Figures([.. g.Select(x => x.Response)], seed)))],
            splitTheUsers: false);
        var nonUsers = new NonUsers(
            responses.Count(r => r.Used == false),
            responses.Count(r => r.Used is null),
            [.. responses.Where(r => r.Used == false && !string.IsNullOrWhiteSpace(r.Comment)).Select(r => r.Comment!.Trim())]);
        return new WaveSatisfaction(wave, Figures(users, seed), byDepartment, byUse, ResponseRate(responses, eligible), nonUsers, Nps(users, seed));
    }

    private static SatisfactionFigures Figures(IReadOnlyList<SurveyResponse> users, int seed)
    {
        List<int> scores = [.. users.Where(r => r.Satisfaction is >= 1 and <= 5).Select(r => r.Satisfaction!.Value)];
        int[] distribution = new int[5];
        foreach (int score in scores)
        {
            distribution[score - 1]++;
        }

        Estimate topTwo = Estimate.FromProportion(Proportion.Wilson(distribution[3] + distribution[4], scores.Count));
        Estimate? mean = Bootstrap.MeanOf([.. scores.Select(s => (double)s)], seed: seed);
        return new SatisfactionFigures(distribution, scores.Count, topTwo, mean, users.Count - scores.Count);
    }

    /// <summary>
    /// NPS = %(9–10) − %(0–6) in points: the mean of +100 per promoter, 0 per passive, −100 per detractor, so its
    /// bootstrap interval is that of a mean.
    /// </summary>
    private static Estimate? Nps(IReadOnlyList<SurveyResponse> users, int seed)
    {
        List<double> points = [.. users.Where(r => r.Recommend is >= 0 and <= 10).Select(r => r.Recommend switch
        {
            >= 9 => 100.0,
            <= 6 => -100.0,
            _ => 0.0,
        })];
        Estimate? nps = Bootstrap.MeanOf(points, seed: seed);
        return nps is null ? null : nps with { Method = $"NPS（%9–10 − %0–6、ポイント）, {nps.Method}" };
    }
}
