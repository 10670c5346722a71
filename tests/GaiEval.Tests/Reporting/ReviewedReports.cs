namespace GaiEval.Tests.Reporting;

using GaiEval.Core.Plans;
using GaiEval.Core.Reporting;
using GaiEval.Core.Results;
using GaiEval.Core.Scoring;
using GaiEval.Tests.Analysis.Review;
using GaiEval.Tests.Support;

/// <summary>
/// Reports of a stored run whose judge was checked against reviewers: provider "cloud" (a hostile display name) has 40
/// judged and graded answers q001–q040 and one judged answer q041; provider "local" has two rule verdicts (q001 正答,
/// q002 誤答), one answer awaiting review (q003), one graded answer without an automatic verdict (q004), one answer the judge
/// could not decide (q005), a timeout (q006) and unsupported claims.
/// </summary>
internal static class ReviewedReports
{
    public const string HostileName = "<script>alert(1)</script>";

    /// <summary>κ 0.58 [0.33, 0.84]: 20 正答/正答, 5 正答/誤答, 3 誤答/正答, 12 誤答/誤答 (judge/person).</summary>
    public static Task<RunReport> LowAgreementAsync(TempFolder folder) => BuildAsync(folder, (20, 5, 3, 12), graded: true);

    /// <summary>κ 0.85 [0.69, 1.00]: 20, 2, 1, 17.</summary>
    public static Task<RunReport> HighAgreementAsync(TempFolder folder) => BuildAsync(folder, (20, 2, 1, 17), graded: true);

    /// <summary>The same answers with no human grade at all.</summary>
    public static Task<RunReport> UngradedAsync(TempFolder folder) => BuildAsync(folder, (20, 2, 1, 17), graded: false);

    /// <summary>A hostile judge display name and model (the model comes from the judge's server).</summary>
    public const string HostileJudge = "<b>判定</b>";

    public const string HostileModel = "<img src=x>";

    /// <summary>
    /// Provider "cloud" with two answers judged by a judge priced in USD at 0.15 / 0.6 per 1M tokens with USD = 150 円:
    /// q001 one call (10,000 / 2,000 tokens, 900 ms) and q002 one repaired call (30,000 / 3,000 tokens, 700 ms, 2 attempts),
    /// so 1.35 円 in all; the rubric's two metrics of q002 share one call.
    /// </summary>
    public static async Task<RunReport> JudgedAsync(TempFolder folder)
    {
        ProviderProfile judge = StoredRun.Provider(ReviewedRun.Judge) with
        {
            Name = HostileJudge,
            Pricing = new Pricing { Currency = "USD", InputPer1M = 0.15, OutputPer1M = 0.6 },
        };
        var economics = new Economics { Currency = "JPY", Exchange = new Dictionary<string, double> { ["USD"] = 150 } };
        await using ReviewedRun run = await ReviewedRun.CreateAsync(
            folder, 2, StoredRun.PlanOf(StoredRun.Provider("cloud")) with { Judges = [judge], Economics = economics });
        run.Answer("q001", "cloud").Answer("q002", "cloud")
            .Judged("q001", "cloud", "EquivalenceJudge", new(ReviewedRun.Judge, HostileModel, 10_000, 2_000, 900), (MetricNames.JudgeEquivalence, 5))
            .Judged("q002", "cloud", "RubricJudge", new(ReviewedRun.Judge, HostileModel, 30_000, 3_000, 700, Attempts: 2),
                (MetricNames.JudgeRubric, 2), (MetricNames.JudgeRubricMet, 0));
        return RunReport.Build(await run.SaveAsync());
    }

    private static async Task<RunReport> BuildAsync(TempFolder folder, (int BothCorrect, int OnlyJudge, int OnlyHuman, int BothWrong) table, bool graded)
    {
        await using ReviewedRun run = await ReviewedRun.CreateAsync(
            folder, 41, StoredRun.Provider("cloud") with { Name = HostileName }, StoredRun.Provider("local"));
        if (graded)
        {
            run.Table("cloud", byJudge: true, table.BothCorrect, table.OnlyJudge, table.OnlyHuman, table.BothWrong);
        }
        else
        {
            for (int i = 1; i <= 40; i++)
            {
                run.Answer(ReviewedRun.ItemId(i), "cloud", equivalence: i % 2 == 0 ? 5 : 2);
            }
        }

        run.Answer("q041", "cloud", equivalence: 5)
            .Score("q041", "cloud", MetricNames.JudgeUnsupportedClaimRate, 0.2)
            .Answer("q001", "local", rule: true)
            .Score("q001", "local", MetricNames.UnsupportedClaimRate, 0.5)
            .Score("q001", "local", MetricNames.UnsupportedFacts, 2)
            .Answer("q002", "local", rule: false)
            .Score("q002", "local", MetricNames.UnsupportedClaimRate, 0)
            .Score("q002", "local", MetricNames.UnsupportedFacts, 1)
            .Answer("q003", "local")
            .Answer("q004", "local", human: graded ? HumanGrade.Correct : null)
            .Answer("q005", "local")
            .Inconclusive("q005", "local", MetricNames.JudgeEquivalence, "判定不能: 採点の形式が読み取れません");
        run.Stored.Fail("q006", "local", ResponseStatus.Timeout, "応答がありません");
        return RunReport.Build(await run.SaveAsync());
    }
}
