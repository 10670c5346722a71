namespace GaiEval.Tests.Plans;

using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Html;
using GaiEval.Tests.Support;

/// <summary>
/// The one clearance rule: a provider receives items up to its clearance, and only public ones when it is on the
/// internet (a web service is, unless its profile says otherwise) and the plan does not state that the inputs are kept out
/// of training, unless the plan states why it may receive more; that reason is reported.
/// </summary>
public sealed class ClearancePolicyTests : IDisposable
{
    private const string Reason = "契約で学習利用を停止済み（オプトアウト 2026-09）";

    private readonly PlanFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData(Sensitivity.Public, Sensitivity.Public, true)]
    [InlineData(Sensitivity.Public, Sensitivity.Internal, false)]
    [InlineData(Sensitivity.Public, Sensitivity.Confidential, false)]
    [InlineData(Sensitivity.Internal, Sensitivity.Public, true)]
    [InlineData(Sensitivity.Internal, Sensitivity.Internal, true)]
    [InlineData(Sensitivity.Internal, Sensitivity.Confidential, false)]
    [InlineData(Sensitivity.Confidential, Sensitivity.Public, true)]
    [InlineData(Sensitivity.Confidential, Sensitivity.Internal, true)]
    [InlineData(Sensitivity.Confidential, Sensitivity.Confidential, true)]
    public void A_provider_receives_items_up_to_its_clearance(Sensitivity clearance, Sensitivity item, bool expected)
    {
        Assert.Equal(expected, ClearancePolicy.MayReceive(Provider(clearance, deployment: null), item));
        Assert.Equal(expected, ClearancePolicy.MayReceive(Provider(clearance, new DeploymentProfile { Network = NetworkZone.Internet, TrainingUse = false }, DeploymentMethod.WebService), item));
        Assert.Equal(expected, ClearancePolicy.MayReceive(Provider(clearance, new DeploymentProfile { Network = NetworkZone.Lgwan, TrainingUse = true }), item));
        Assert.Equal(expected, ClearancePolicy.MayReceive(clearance, item));
    }

    [Theory]
    [InlineData(DeploymentMethod.Cloud, NetworkZone.Internet, true, null, Sensitivity.Public)]
    [InlineData(DeploymentMethod.Cloud, NetworkZone.Internet, true, Reason, Sensitivity.Confidential)]
    [InlineData(DeploymentMethod.Cloud, NetworkZone.Internet, false, null, Sensitivity.Confidential)]
    [InlineData(DeploymentMethod.Cloud, NetworkZone.Internet, null, null, Sensitivity.Public)]
    [InlineData(DeploymentMethod.Cloud, null, true, null, Sensitivity.Confidential)]
    [InlineData(DeploymentMethod.Cloud, null, null, null, Sensitivity.Confidential)]
    [InlineData(DeploymentMethod.WebService, null, null, null, Sensitivity.Public)]
    [InlineData(DeploymentMethod.WebService, null, true, null, Sensitivity.Public)]
    [InlineData(DeploymentMethod.WebService, null, false, null, Sensitivity.Confidential)]
    [InlineData(DeploymentMethod.WebService, null, null, Reason, Sensitivity.Confidential)]
    [InlineData(DeploymentMethod.WebService, NetworkZone.Lgwan, null, null, Sensitivity.Confidential)]
    [InlineData(DeploymentMethod.Cloud, NetworkZone.Lgwan, true, null, Sensitivity.Confidential)]
    [InlineData(DeploymentMethod.OnPrem, NetworkZone.Closed, true, null, Sensitivity.Confidential)]
    public void Internet_without_training_use_stated_false_lowers_the_ceiling_to_public_unless_a_reason_is_given(
        DeploymentMethod method, NetworkZone? network, bool? trainingUse, string? reason, Sensitivity ceiling)
    {
        ProviderProfile provider = Provider(Sensitivity.Confidential, new DeploymentProfile { Network = network, TrainingUse = trainingUse, ClearanceReason = reason }, method);

        Assert.Equal(ceiling, ClearancePolicy.Ceiling(provider));
        Assert.True(ClearancePolicy.MayReceive(provider, Sensitivity.Public));
        Assert.Equal(ceiling == Sensitivity.Confidential, ClearancePolicy.MayReceive(provider, Sensitivity.Internal));
        Assert.Equal(ceiling == Sensitivity.Confidential, ClearancePolicy.MayReceive(provider, Sensitivity.Confidential));
    }

    [Theory]
    [InlineData("internal")]
    [InlineData("confidential")]
    public void A_training_internet_provider_cleared_above_public_is_an_error_at_its_clearance(string clearance)
    {
        InputError error = folder.SingleError(
            PlanFolder.Minimal + $"    clearance: {clearance}\n    deployment: {{ network: internet, training_use: true }}\n",
            8,
            "providers[0].clearance",
            "送れるのは public の項目だけです");

        Assert.Contains($"clearance: {clearance}", error.Message, StringComparison.Ordinal);
        Assert.Contains("clearance_reason", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    clearance: confidential\n    deployment: { network: internet }\n", 8, "training_use: false）が書かれていません")]
    [InlineData("    clearance: internal\n    deployment: { data_location: domestic }\n", 8, "Webサービス（network の指定なし）はインターネット経由")]
    [InlineData("    clearance: internal\n", 8, "Webサービス（network の指定なし）はインターネット経由")]
    public void An_internet_provider_not_stated_to_keep_inputs_out_of_training_cleared_above_public_is_an_error(string lines, int line, string why)
    {
        string plan = PlanFolder.Minimal + lines;
        if (why.StartsWith("Webサービス", StringComparison.Ordinal))
        {
            plan = plan.Replace("method: cloud", "method: web-service", StringComparison.Ordinal);
        }

        InputError error = folder.SingleError(plan, line, "providers[0].clearance", why);
        Assert.Contains("training_use: false", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("    clearance: public\n    deployment: { network: internet, training_use: true }\n")]
    [InlineData("    deployment: { network: internet, training_use: true }\n")]
    [InlineData("    clearance: confidential\n    deployment: { training_use: true }\n")]
    [InlineData("    clearance: confidential\n    deployment: { network: internet, training_use: false }\n")]
    [InlineData("    clearance: confidential\n    deployment: { network: lgwan, training_use: true }\n")]
    public void Loads_when_the_rule_does_not_apply_or_is_not_stated_in_full(string lines)
    {
        Assert.Single(folder.Load(PlanFolder.Minimal + lines).Providers);
    }

    [Fact]
    public void A_stated_reason_overrides_the_rule_and_is_kept_on_the_profile_and_in_the_snapshot()
    {
        EvalPlan plan = folder.Load(
            PlanFolder.Minimal + $"    clearance: confidential\n    deployment:\n      network: internet\n      training_use: true\n      clearance_reason: \"{Reason}\"\n");

        ProviderProfile provider = Assert.Single(plan.Providers);
        Assert.Equal(Sensitivity.Confidential, provider.Clearance);
        Assert.Equal(Reason, provider.Deployment!.ClearanceReason);
        Assert.True(ClearancePolicy.MayReceive(provider, Sensitivity.Confidential));
        Assert.Equal(Reason, PlanSnapshot.FromJson(PlanSnapshot.ToJson(plan)).Providers[0].Deployment!.ClearanceReason);
    }

    [Fact]
    public void A_blank_reason_is_an_error_at_its_line()
    {
        IReadOnlyList<InputError> errors = folder.Errors(
            PlanFolder.Minimal + "    clearance: internal\n    deployment:\n      network: internet\n      training_use: true\n      clearance_reason: \" \"\n");

        Assert.Contains(errors, e => e.Line == 12 && e.Field == "providers[0].deployment.clearance_reason");
    }

    [Fact]
    public async Task The_report_shows_the_reason_beside_the_clearance_escaped()
    {
        using var temp = new TempFolder();
        ProviderProfile overridden = StoredRun.Provider("web") with
        {
            Clearance = Sensitivity.Confidential,
            Deployment = new DeploymentProfile { Network = NetworkZone.Internet, TrainingUse = true, ClearanceReason = Reason + "<b>" },
        };
        StoredRun stored = await StoredRun.CreateAsync(temp, [StoredRun.Item("q1")], overridden, StoredRun.Provider("plain"));
        RunReport report;
        await using (stored)
        {
            stored.Answer("q1", "web", "1通300円です", correct: true, latencyMs: 5).Answer("q1", "plain", "1通300円です", correct: true, latencyMs: 5);
            report = RunReport.Build(await stored.SaveAsync());
        }

        string html = new HtmlReportWriter().Render(report);

        Assert.Contains($"送信可能区分 confidential（機密）（この区分まで送ってよいとした理由: {Reason}&lt;b&gt;）", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "送ってよいとした理由"));
    }

    private static ProviderProfile Provider(Sensitivity clearance, DeploymentProfile? deployment, DeploymentMethod method = DeploymentMethod.Cloud) => new()
    {
        Id = "p1",
        Name = "方式1",
        Method = method,
        Adapter = "manual",
        Clearance = clearance,
        Deployment = deployment,
    };
}
