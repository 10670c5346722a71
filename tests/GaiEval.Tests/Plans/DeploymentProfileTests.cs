namespace GaiEval.Tests.Plans;

using GaiEval.Core.Inputs;
using GaiEval.Core.Plans;

/// <summary>A provider's <c>deployment:</c> block: read in full, each error at its line and field, absent fields null, kept in the snapshot.</summary>
public sealed class DeploymentProfileTests : IDisposable
{
    /// <summary>Lines 8 to 18 of a plan that starts with <see cref="PlanFolder.Minimal"/>.</summary>
    private const string FullBlock = """
            deployment:
              network: closed
              data_location: domestic
              retention_days: 0
              training_use: false
              sso: true
              audit_log: true
              customisation: fine-tune
              setup: { staff_days: 12.5, development: true }
              one_off: { initial: 1500000, development: 3000000, data_preparation: 800000 }
              contract_months: 60

        """;

    private static readonly DeploymentProfile Full = new()
    {
        Network = NetworkZone.Closed,
        DataLocation = DataLocation.Domestic,
        RetentionDays = 0,
        TrainingUse = false,
        Sso = true,
        AuditLog = true,
        Customisation = CustomisationLevel.FineTune,
        Setup = new SetupEffort { StaffDays = 12.5, Development = true },
        OneOff = new OneOffCosts { Initial = 1_500_000, Development = 3_000_000, DataPreparation = 800_000 },
        ContractMonths = 60,
    };

    private readonly PlanFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Reads_every_field_of_a_full_block()
    {
        EvalPlan plan = folder.Load(PlanFolder.Minimal + FullBlock);

        Assert.Equal(Full, plan.Providers[0].Deployment);
    }

    [Theory]
    [InlineData("network: internet", NetworkZone.Internet)]
    [InlineData("network: lgwan", NetworkZone.Lgwan)]
    [InlineData("network: closed", NetworkZone.Closed)]
    public void Reads_each_network(string entry, NetworkZone expected)
    {
        EvalPlan plan = folder.Load(PlanFolder.Minimal + "    deployment: { " + entry + " }\n");

        Assert.Equal(expected, plan.Providers[0].Deployment!.Network);
    }

    [Theory]
    [InlineData("none", CustomisationLevel.None)]
    [InlineData("prompt", CustomisationLevel.Prompt)]
    [InlineData("rag", CustomisationLevel.Rag)]
    [InlineData("fine-tune", CustomisationLevel.FineTune)]
    public void Reads_each_customisation_level(string text, CustomisationLevel expected)
    {
        EvalPlan plan = folder.Load(PlanFolder.Minimal + "    deployment: { customisation: " + text + " }\n");

        Assert.Equal(expected, plan.Providers[0].Deployment!.Customisation);
    }

    [Fact]
    public void Leaves_a_provider_without_a_deployment_block_without_a_profile()
    {
        EvalPlan plan = folder.Load(PlanFolder.Minimal + "    deployment:\n");

        Assert.Null(plan.Providers[0].Deployment);
        Assert.Null(folder.Load(PlanFolder.Minimal).Providers[0].Deployment);
    }

    [Fact]
    public void Leaves_every_field_the_block_does_not_state_null_never_zero_or_false()
    {
        EvalPlan plan = folder.Load(PlanFolder.Minimal + "    deployment:\n      network: lgwan\n      setup: { development: false }\n      one_off: { initial: 0 }\n");

        DeploymentProfile profile = plan.Providers[0].Deployment!;
        Assert.Equal(
            new DeploymentProfile
            {
                Network = NetworkZone.Lgwan,
                Setup = new SetupEffort { Development = false },
                OneOff = new OneOffCosts { Initial = 0 },
            },
            profile);
        Assert.Null(profile.DataLocation);
        Assert.Null(profile.RetentionDays);
        Assert.Null(profile.TrainingUse);
        Assert.Null(profile.Sso);
        Assert.Null(profile.AuditLog);
        Assert.Null(profile.Customisation);
        Assert.Null(profile.Setup!.StaffDays);
        Assert.Null(profile.OneOff!.Development);
        Assert.Null(profile.OneOff.DataPreparation);
        Assert.Null(profile.ContractMonths);
    }

    [Fact]
    public void Reads_an_empty_block_as_a_profile_with_nothing_stated()
    {
        EvalPlan plan = folder.Load(PlanFolder.Minimal + "    deployment: {}\n");

        Assert.Equal(new DeploymentProfile(), plan.Providers[0].Deployment);
    }

    [Theory]
    [InlineData("network: intranet", "network", "internet / lgwan / closed のいずれか")]
    [InlineData("network: lgwn", "network", "「lgwan」のことですか")]
    [InlineData("data_location: japan", "data_location", "domestic / overseas のいずれか")]
    [InlineData("data_location: domestc", "data_location", "「domestic」のことですか")]
    [InlineData("retention_days: -1", "retention_days", "0 以上の整数")]
    [InlineData("retention_days: 30日", "retention_days", "整数（例: 4）")]
    [InlineData("training_use: はい", "training_use", "true または false")]
    [InlineData("sso: yes", "sso", "true または false")]
    [InlineData("audit_log: 1", "audit_log", "true または false")]
    [InlineData("customisation: full", "customisation", "none / prompt / rag / fine-tune のいずれか")]
    [InlineData("customisation: finetune", "customisation", "「fine-tune」のことですか")]
    [InlineData("contract_months: 0", "contract_months", "1 以上の整数")]
    [InlineData("contract_months: 1.5", "contract_months", "整数（例: 4）")]
    [InlineData("setup: { staff_days: -2 }", "setup.staff_days", "0 以上の数値")]
    [InlineData("setup: { staff_days: 十 }", "setup.staff_days", "数値（例: 0.5）")]
    [InlineData("setup: { development: 要 }", "setup.development", "true または false")]
    [InlineData("setup: { staf_days: 2 }", "setup.staf_days", "「staff_days」のことですか")]
    [InlineData("setup: 10", "setup", "「キー: 値」の組")]
    [InlineData("one_off: { initial: -1 }", "one_off.initial", "0 以上の数値")]
    [InlineData("one_off: { development: 百万 }", "one_off.development", "数値（例: 0.5）")]
    [InlineData("one_off: { data_preparation: -5 }", "one_off.data_preparation", "0 以上の数値")]
    [InlineData("one_off: { data_prep: 1 }", "one_off.data_prep", "「data_preparation」のことですか")]
    [InlineData("one_off: 1000000", "one_off", "「キー: 値」の組")]
    [InlineData("netwrok: lgwan", "netwrok", "「network」のことですか")]
    [InlineData("monthly_fixed: 300000", "monthly_fixed", "使える項目: network, data_location")]
    public void Rejects_a_bad_field_with_its_line_and_field(string entry, string field, string messagePart)
    {
        folder.SingleError(PlanFolder.Minimal + "    deployment:\n      " + entry + "\n", 9, "providers[0].deployment." + field, messagePart);
    }

    [Fact]
    public void Rejects_a_deployment_that_is_not_a_block()
    {
        folder.SingleError(PlanFolder.Minimal + "    deployment: lgwan\n", 8, "providers[0].deployment", "「キー: 値」の組");
    }

    [Fact]
    public void Reports_every_bad_field_of_every_provider_at_once()
    {
        string yaml = PlanFolder.Minimal + """
                deployment:
                  network: lan
                  retention_days: -1
              - id: p2
                method: on-prem
                adapter: manual
                deployment:
                  customisation: lora
                  setup: { staff_days: -1, development: maybe }
                  contract_months: 0

            """;

        IReadOnlyList<InputError> errors = folder.Errors(yaml);

        Assert.Equal(
            new[]
            {
                (9, "providers[0].deployment.network"),
                (10, "providers[0].deployment.retention_days"),
                (15, "providers[1].deployment.customisation"),
                (16, "providers[1].deployment.setup.staff_days"),
                (16, "providers[1].deployment.setup.development"),
                (17, "providers[1].deployment.contract_months"),
            },
            errors.Select(e => (e.Line, e.Field)));
    }

    [Fact]
    public void Reads_one_off_costs_in_the_pricing_currency_when_the_plan_can_convert_it()
    {
        EvalPlan plan = folder.Load(
            PlanFolder.Minimal + "    pricing: { currency: USD }\n    deployment: { one_off: { development: 20000 }, contract_months: 36 }\neconomics:\n  currency: JPY\n  exchange: { USD: 150 }\n");

        Assert.Equal("USD", plan.Providers[0].Pricing!.Currency);
        Assert.Equal(20_000, plan.Providers[0].Deployment!.OneOff!.Development);
    }

    [Fact]
    public void Rejects_one_off_costs_without_pricing_when_the_default_yen_cannot_be_converted()
    {
        folder.SingleError(
            PlanFolder.Minimal + "    deployment:\n      one_off: { initial: 1000 }\n      contract_months: 12\neconomics:\n  currency: USD\n",
            9,
            "providers[0].deployment.one_off",
            "JPY から USD への為替レートがありません");
    }

    [Fact]
    public void Asks_for_the_contract_term_when_there_is_a_one_off_cost_to_spread()
    {
        folder.SingleError(
            PlanFolder.Minimal + "    deployment:\n      one_off: { initial: 1000 }\n",
            9,
            "providers[0].deployment.one_off",
            "contract_months");
        Assert.Null(folder.Load(PlanFolder.Minimal + "    deployment:\n      one_off: { initial: 0, development: 0 }\n").Providers[0].Deployment!.ContractMonths);
    }

    [Fact]
    public void Keeps_the_profile_through_the_plan_snapshot_with_its_values_as_text()
    {
        EvalPlan plan = folder.Load(PlanFolder.Minimal + FullBlock + """
              - id: p2
                method: web-service
                adapter: manual
                deployment: { network: internet, training_use: true }
              - id: p3
                method: cloud
                adapter: manual

            """);

        string json = PlanSnapshot.ToJson(plan);
        EvalPlan back = PlanSnapshot.FromJson(json);

        Assert.Contains("\"network\": \"closed\"", json, StringComparison.Ordinal);
        Assert.Contains("\"data_location\": \"domestic\"", json, StringComparison.Ordinal);
        Assert.Contains("\"customisation\": \"fine-tune\"", json, StringComparison.Ordinal);
        Assert.Contains("\"data_preparation\": 800000", json, StringComparison.Ordinal);
        Assert.Equal(Full, back.Providers[0].Deployment);
        Assert.Equal(new DeploymentProfile { Network = NetworkZone.Internet, TrainingUse = true }, back.Providers[1].Deployment);
        Assert.Null(back.Providers[1].Deployment!.Sso);
        Assert.Null(back.Providers[2].Deployment);
        Assert.Equal(json, PlanSnapshot.ToJson(back));
    }

    [Fact]
    public void Reads_a_snapshot_stored_before_profiles_existed_as_without_one()
    {
        EvalPlan old = PlanSnapshot.FromJson(
            """{"name":"古い実行","plan_file":"plan.yaml","test_set":"items.jsonl","providers":[{"id":"p1","name":"方式1","method":"cloud","adapter":"manual"}]}""");

        Assert.Null(Assert.Single(old.Providers).Deployment);
    }
}
