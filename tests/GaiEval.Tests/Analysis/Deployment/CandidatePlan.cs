namespace GaiEval.Tests.Analysis.Deployment;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Deployment;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Reporting;
using GaiEval.Tests.Analysis.Economics;
using GaiEval.Tests.Support;
using PlanEconomics = GaiEval.Core.Plans.Economics;

/// <summary>
/// Plans of candidate methods for the deployment comparison, stored through <see cref="PricedRun"/>: items of a chosen
/// sensitivity and use, candidates with a clearance, pricing and profile, and answers of 1000 input tokens each, so a
/// price of <c>input_per_1m: 1000 × y</c> costs y per task.
/// </summary>
internal static class CandidatePlan
{
    public const long TokensPerAnswer = 1000;

    public static GoldItem Item(string id, Sensitivity sensitivity, string use = ItemUses.Dialogue) =>
        PricedRun.Item(id, "窓口", 5, 1) with { Sensitivity = sensitivity, Use = use };

    /// <summary>Items id1..idN of one sensitivity and use.</summary>
    public static IEnumerable<GoldItem> Items(string prefix, int count, Sensitivity sensitivity, string use = ItemUses.Dialogue) =>
        Enumerable.Range(1, count).Select(i => Item($"{prefix}{i}", sensitivity, use));

    /// <summary>A profile stating no one-off costs (all three 0), so that the candidate's cost is known in full.</summary>
    public static DeploymentProfile NoOneOffCosts { get; } = new() { OneOff = new OneOffCosts { Initial = 0, Development = 0, DataPreparation = 0 } };

    /// <summary>A candidate; without <paramref name="deployment"/> it states no one-off costs (<see cref="NoOneOffCosts"/>).</summary>
    public static ProviderProfile Candidate(string id, Sensitivity clearance, Pricing? pricing = null, DeploymentProfile? deployment = null) =>
        Unprofiled(id, clearance, pricing) with { Deployment = deployment ?? NoOneOffCosts };

    /// <summary>A candidate whose plan has no <c>deployment:</c> at all (every fact 未記入, its cost incomplete).</summary>
    public static ProviderProfile Unprofiled(string id, Sensitivity clearance, Pricing? pricing = null) =>
        PricedRun.Provider(id, pricing) with { Clearance = clearance };

    /// <summary>Pricing in <paramref name="currency"/>: a fixed monthly amount and a cost per task (of <see cref="TokensPerAnswer"/> input tokens).</summary>
    public static Pricing Priced(double fixedMonthly, double perTask, string currency = "JPY") =>
        new() { Currency = currency, MonthlyFixed = fixedMonthly, InputPer1M = perTask * 1_000_000 / TokensPerAnswer };

    /// <summary>Yen economics with one category of <paramref name="volume"/> tasks a month and USD at 150 yen.</summary>
    public static PlanEconomics Yen(double volume, Dictionary<Sensitivity, double>? bySensitivity = null) => new()
    {
        Currency = "JPY",
        Exchange = new Dictionary<string, double> { ["USD"] = 150 },
        HourlyCost = 4000,
        MonthlyVolume = new Dictionary<string, double> { ["窓口"] = volume },
        MonthlyVolumeBySensitivity = bySensitivity,
    };

    /// <summary>Answers the items: the first <paramref name="correct"/> right, the rest wrong.</summary>
    public static PricedRun Answers(this PricedRun run, string providerId, IEnumerable<GoldItem> items, int correct)
    {
        foreach ((GoldItem item, int i) in items.Select((item, i) => (item, i)))
        {
            run.Answer(item.Id, providerId, i < correct, TokensPerAnswer, 0);
        }

        return run;
    }

    /// <summary>Stores the run and builds its report's deployment comparison (never null here: every plan has candidates).</summary>
    public static async Task<DeploymentComparison> CompareAsync(TempFolder folder, IReadOnlyList<GoldItem> items, EvalPlan plan, Action<PricedRun> answer) =>
        (await ReportAsync(folder, items, plan, answer)).Deployment!;

    /// <summary>Stores the run with the given answers and builds its report.</summary>
    public static async Task<RunReport> ReportAsync(TempFolder folder, IReadOnlyList<GoldItem> items, EvalPlan plan, Action<PricedRun> answer)
    {
        await using PricedRun run = await PricedRun.CreateAsync(folder, items, plan);
        answer(run);
        RunResults results = await run.SaveAsync();
        return RunReport.Build(results);
    }
}
