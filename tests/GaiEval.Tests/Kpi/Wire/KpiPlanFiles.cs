namespace GaiEval.Tests.Kpi.Wire;

using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Import;
using GaiEval.Core.Plans;
using GaiEval.Core.Model;
using GaiEval.Tests.Support;

/// <summary>
/// Small hand-made KPI files in canonical layout, and a plan naming them. Worked out by hand:
/// survey, one wave 2026-10: satisfaction 5, 3, 4 → top-2 2/3 (n = 3).
/// usage log: E9001 twice (10-01, 10-02), E9002 (10-03), E9003 (10-05) and one harness row (10-06) → 3 monthly
/// active users in 2026-10 of 8 eligible (総務課 4, 区民課 4) = 37.5%; tokens 10,000 in and 5,000 out over 4 requests;
/// at USD 1 / 2 per 1M and 150 円 per USD: 10,000 × 150 / 1M + 5,000 × 300 / 1M = 3.0 円. From 10-03 on: E9002 and
/// E9003 only (2 users, 7,000 tokens in).
/// timings: 30 → 20 and 40 → 25 minutes → 12.5 minutes saved per task.
/// </summary>
internal static class KpiPlanFiles
{
    public const string RawStaffKey = "E9001";

    public const string PlatformId = "platform";

    public static string Survey(TempFolder folder) => folder.Write(
        "kpi/survey.csv",
        "wave,respondent,department,used,satisfaction\n" +
        "2026-10,E9001,総務課,yes,5\n" +
        "2026-10,E9002,総務課,yes,3\n" +
        "2026-10,E9003,区民課,yes,4\n");

    public static string Usage(TempFolder folder) => folder.Write(
        "kpi/usage-log.csv",
        "timestamp,user,department,input_tokens,output_tokens,source\n" +
        "2026-10-01 09:00,E9001,総務課,1000,500,user\n" +
        "2026-10-02 10:00,E9001,総務課,2000,1000,user\n" +
        "2026-10-03 11:00,E9002,総務課,3000,1500,user\n" +
        "2026-10-30 12:00,E9003,区民課,4000,2000,user\n" +
        "2026-10-06 13:00,E9009,総務課,9000,9000,harness\n");

    public static string Timings(TempFolder folder) => folder.Write(
        "kpi/timings.csv",
        "task,category,staff,minutes_without,minutes_with,date\n" +
        "案内文の作成,住民票・戸籍,E9001,30,20,2026-10-07\n" +
        "集計,税,E9002,40,25,2026-10-08\n");

    public static Dictionary<string, int> Eligible() => new(StringComparer.Ordinal) { ["総務課"] = 4, ["区民課"] = 4 };

    /// <summary>The three files written into <paramref name="folder"/> and named by a plan's kpi block (no mapping: canonical headers).</summary>
    public static KpiSettings Settings(TempFolder folder) => new()
    {
        Provider = PlatformId,
        EligibleStaff = Eligible(),
        Sources =
        [
            new KpiSource(KpiKind.Survey, Survey(folder)),
            new KpiSource(KpiKind.Usage, Usage(folder)),
            new KpiSource(KpiKind.Timing, Timings(folder)),
        ],
    };

    public static ProviderProfile Platform(Pricing? pricing = null) => new()
    {
        Id = PlatformId,
        Name = "組織向けプラットフォーム",
        Method = DeploymentMethod.Platform,
        Adapter = "manual",
        Clearance = Sensitivity.Internal,
        Candidate = true,
        Pricing = pricing ?? new Pricing { Currency = "USD", InputPer1M = 1, OutputPer1M = 2 },
    };

    public static EvalPlan Plan(KpiSettings? kpi, params ProviderProfile[] providers) => new()
    {
        Name = "KPIつきの計画",
        PlanFile = "plan.yaml",
        TestSet = "items.jsonl",
        Providers = providers.Length == 0 ? [Platform()] : providers,
        Economics = new Economics { Currency = "JPY", Exchange = new Dictionary<string, double> { ["USD"] = 150 }, HourlyCost = 4000 },
        Kpi = kpi,
    };
}
