namespace GaiEval.Tests.Reporting.MethodComparison;

using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Reporting;
using GaiEval.Core.Results;
using GaiEval.Tests.Support;

/// <summary>
/// A stored run of three candidates of three methods under a plan with economics and volumes per sensitivity: a web service
/// (on the internet, may train on inputs, allowed internal items by a stated reason, 36 円 a task), a platform with no
/// deployment profile (every fact 未記入, 50,000 円 a month) and on-premises servers (every class, 200,000 円 a month
/// and 4,200,000 円 of one-off costs over 60 months, data preparation unstated).
/// </summary>
internal static class MethodRun
{
    public const string WebName = "Web<script>alert(1)</script>|社";
    public const string PlatformName = "区の共通基盤";
    public const string OnPremName = "庁内サーバー";
    public const string CloudName = "未見積のクラウド";
    public const string Reason = "契約で学習への利用を停止（オプトアウト条項 第12条）";

    /// <summary>Public items p1–p4 (対話生成), internal i1–i2 and confidential c1–c2 (文書作成).</summary>
    public static IReadOnlyList<GoldItem> Items { get; } =
    [
        .. Enumerable.Range(1, 4).Select(i => StoredRun.Item($"p{i}")),
        .. Enumerable.Range(1, 2).Select(i => StoredRun.Item($"i{i}") with { Use = ItemUses.DocumentDrafting, Sensitivity = Sensitivity.Internal }),
        .. Enumerable.Range(1, 2).Select(i => StoredRun.Item($"c{i}") with { Use = ItemUses.DocumentDrafting, Sensitivity = Sensitivity.Confidential }),
    ];

    public static ProviderProfile Web { get; } = StoredRun.Provider("web") with
    {
        Name = WebName,
        Method = DeploymentMethod.WebService,
        Candidate = true,
        Pricing = new Pricing { InputPer1M = 300_000, OutputPer1M = 1_200_000 },
        Deployment = new DeploymentProfile
        {
            Network = NetworkZone.Internet,
            DataLocation = DataLocation.Overseas,
            RetentionDays = 30,
            TrainingUse = true,
            Sso = false,
            AuditLog = false,
            Customisation = CustomisationLevel.Prompt,
            Setup = new SetupEffort { StaffDays = 2, Development = false },
            OneOff = new OneOffCosts { Initial = 0, Development = 0, DataPreparation = 0 },
            ContractMonths = 12,
            ClearanceReason = Reason,
        },
    };

    public static ProviderProfile Platform { get; } = StoredRun.Provider("platform") with
    {
        Name = PlatformName,
        Method = DeploymentMethod.Platform,
        Candidate = true,
        Pricing = new Pricing { MonthlyFixed = 50_000 },
    };

    public static ProviderProfile OnPrem { get; } = StoredRun.Provider("onprem") with
    {
        Name = OnPremName,
        Method = DeploymentMethod.OnPrem,
        Candidate = true,
        Clearance = Sensitivity.Confidential,
        Pricing = new Pricing { MonthlyFixed = 200_000 },
        Deployment = new DeploymentProfile
        {
            Network = NetworkZone.Closed,
            DataLocation = DataLocation.Domestic,
            RetentionDays = 0,
            TrainingUse = false,
            Sso = true,
            AuditLog = true,
            Customisation = CustomisationLevel.Rag,
            Setup = new SetupEffort { StaffDays = 20, Development = true },
            OneOff = new OneOffCosts { Initial = 3_000_000, Development = 1_200_000 },
            ContractMonths = 60,
        },
    };

    /// <summary>A cloud build with no pricing: its costs cannot be computed (料金未設定).</summary>
    public static ProviderProfile Cloud { get; } = StoredRun.Provider("cloud") with { Name = CloudName, Candidate = true };

    /// <summary>
    /// Without <paramref name="withEconomics"/> the plan has no <c>economics:</c>. Correct answers: web p1–p4 and i1; platform p1–p3, i1, i2; on-premises p2–p4, i1, i2, c1, c2; the unpriced cloud (when
    /// asked for) i1, i2 only. What a candidate may not receive is withheld.
    /// </summary>
    public static async Task<RunReport> BuildAsync(TempFolder folder, bool withUnpricedCloud = false, bool withEconomics = true)
    {
        ProviderProfile[] providers = withUnpricedCloud ? [Web, Platform, OnPrem, Cloud] : [Web, Platform, OnPrem];
        EvalPlan plan = StoredRun.PlanOf(providers) with
        {
            Economics = !withEconomics ? null : new Economics
            {
                HourlyCost = 4000,
                MonthlyVolume = new Dictionary<string, double> { ["住民票・戸籍"] = 1000 },
                MonthlyVolumeBySensitivity = new Dictionary<Sensitivity, double>
                {
                    [Sensitivity.Public] = 4000, [Sensitivity.Internal] = 2000, [Sensitivity.Confidential] = 650,
                },
            },
        };
        await using StoredRun stored = await StoredRun.CreateAsync(folder, Items, plan);
        Answers(stored, "web", ["p1", "p2", "p3", "p4", "i1"], ["i2"], ["c1", "c2"]);
        Answers(stored, "platform", ["p1", "p2", "p3", "i1", "i2"], ["p4"], ["c1", "c2"]);
        Answers(stored, "onprem", ["p2", "p3", "p4", "i1", "i2", "c1", "c2"], ["p1"], []);
        if (withUnpricedCloud)
        {
            Answers(stored, "cloud", ["i1", "i2"], ["p1", "p2", "p3", "p4"], ["c1", "c2"]);
        }

        return RunReport.Build(await stored.SaveAsync());
    }

    private static void Answers(StoredRun stored, string providerId, string[] correct, string[] wrong, string[] withheld)
    {
        foreach (string item in correct)
        {
            stored.Answer(item, providerId, "1通300円です。", correct: true, latencyMs: 1200);
        }

        foreach (string item in wrong)
        {
            stored.Answer(item, providerId, "わかりません。", correct: false, latencyMs: 2400);
        }

        foreach (string item in withheld)
        {
            stored.Add(stored.Call(item, providerId, ResponseStatus.Withheld));
        }
    }
}
