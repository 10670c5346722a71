namespace GaiEval.Tests.Reporting.Json;

using System.Text.Json;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Json;
using GaiEval.Tests.Analysis.Deployment;
using GaiEval.Tests.Analysis.Economics;
using GaiEval.Tests.Support;

/// <summary>The <c>deployment</c> object of analysis.json: the candidate methods side by side as plain data.</summary>
public sealed class AnalysisJsonDeploymentTests : IDisposable
{
    // 2 public items, 1 confidential.
    private static readonly GoldItem[] Items =
    [
        CandidatePlan.Item("p1", Sensitivity.Public), CandidatePlan.Item("p2", Sensitivity.Public), CandidatePlan.Item("c1", Sensitivity.Confidential),
    ];

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Writes_each_candidate_column_with_its_profile_ceiling_coverage_and_cost()
    {
        JsonElement deployment = await DeploymentAsync();

        JsonElement web = deployment.GetProperty("candidates")[0];
        Assert.Equal(("web", "web-service", "public"), (Text(web, "provider_id"), Text(web, "method"), Text(web, "ceiling")));
        JsonElement profile = web.GetProperty("profile");
        Assert.Equal(("internet", "fine-tune"), (Text(profile, "network"), Text(profile, "customisation")));
        Assert.True(profile.GetProperty("training_use").GetBoolean());
        Assert.False(profile.TryGetProperty("audit_log", out _)); // 未記入: left out, never false

        // Coverage: 2 of 3 items; workload 4000 of 4000 + 650.
        JsonElement coverage = web.GetProperty("coverage");
        Assert.Equal((2, 3), (coverage.GetProperty("items").GetInt32(), coverage.GetProperty("test_set_items").GetInt32()));
        Assert.Equal(2.0 / 3, coverage.GetProperty("item_share").GetDouble(), 12);
        Assert.Equal((4000.0, 4650.0), (coverage.GetProperty("workload").GetDouble(), coverage.GetProperty("workload_total").GetDouble()));
        Assert.Equal(4000.0 / 4650, coverage.GetProperty("workload_share").GetDouble(), 12);
        Assert.Equal(2, web.GetProperty("accuracy").GetProperty("n").GetInt32());
        Assert.Equal(2, web.GetProperty("common_accuracy").GetProperty("n").GetInt32());

        // onprem: one-off 1,200,000 over 24 months = 50,000; running 100,000; TCO 1,200,000 + 36 × 100,000.
        JsonElement cost = deployment.GetProperty("candidates")[1].GetProperty("cost");
        Assert.Equal("estimated", Text(cost, "status"));
        Assert.Equal(1_200_000, cost.GetProperty("one_off").GetProperty("total").GetDouble(), 6);
        Assert.Equal(24, cost.GetProperty("one_off").GetProperty("contract_months").GetInt32());
        Assert.Equal(100_000, cost.GetProperty("running_monthly").GetDouble(), 6);
        Assert.Equal(150_000, cost.GetProperty("monthly_total").GetDouble(), 6);
        Assert.Equal(4_800_000, cost.GetProperty("three_year_tco").GetDouble(), 6);
        JsonElement breakEven = Assert.Single(cost.GetProperty("break_evens").EnumerateArray());
        Assert.Equal(("web", "onprem"), (Text(breakEven, "first_provider_id"), Text(breakEven, "second_provider_id")));

        // web has no one_off: no one_off and no TCO, rather than 0.
        JsonElement webCost = web.GetProperty("cost");
        Assert.False(webCost.TryGetProperty("one_off", out _));
        Assert.False(webCost.TryGetProperty("three_year_tco", out _));
    }

    [Fact]
    public async Task Writes_the_common_comparisons_recommendations_rule_and_cost_sensitivity()
    {
        JsonElement deployment = await DeploymentAsync();

        Assert.Equal(2, deployment.GetProperty("common_calls").GetInt32());
        JsonElement pair = Assert.Single(deployment.GetProperty("common_comparisons").EnumerateArray());
        Assert.Equal(("web", "onprem"), (Text(pair, "provider_a"), Text(pair, "provider_b")));
        Assert.Equal("JPY", Text(deployment, "currency"));
        Assert.Equal(
            ["confidential:650", "public:4000"],
            deployment.GetProperty("workload_by_sensitivity").EnumerateObject().Select(p => $"{p.Name}:{p.Value.GetDouble()}").Order(StringComparer.Ordinal));

        // Public: both 2/2, but neither states its one-off costs in full (web none, onprem only the initial cost), so the
        // cheaper cannot be told: 要判断, no id. Confidential: only onprem may receive it, and nothing of it was scored.
        JsonElement[] recommendations = [.. deployment.GetProperty("recommendations").EnumerateArray()];
        Assert.Equal(("public", "undecided"), (Text(recommendations[0].GetProperty("class"), "sensitivity"), Text(recommendations[0], "kind")));
        Assert.False(recommendations[0].TryGetProperty("recommended_id", out _));
        Assert.False(recommendations[0].GetProperty("class").TryGetProperty("use", out _));
        Assert.True(recommendations[0].GetProperty("volume_is_class_volume").GetBoolean());
        Assert.Equal(2, recommendations[0].GetProperty("candidates").GetArrayLength());
        JsonElement confidential = recommendations.Single(r => Text(r.GetProperty("class"), "sensitivity") == "confidential" && !r.GetProperty("class").TryGetProperty("use", out _));
        Assert.Equal(("not-measured", false), (Text(confidential, "kind"), confidential.TryGetProperty("recommended_id", out _)));
        Assert.Equal(5, deployment.GetProperty("recommendation_rule").GetArrayLength());
        Assert.StartsWith("①", deployment.GetProperty("recommendation_rule")[0].GetString(), StringComparison.Ordinal);

        JsonElement sensitivity = deployment.GetProperty("cost_sensitivity");
        JsonElement half = sensitivity.GetProperty("scenarios")[1];
        Assert.Equal(("件数 ½", 0.5, 1.0), (Text(half, "label"), half.GetProperty("volume_factor").GetDouble(), half.GetProperty("exchange_factor").GetDouble()));
        JsonElement publicWork = sensitivity.GetProperty("recommendations")[0];
        Assert.All(publicWork.GetProperty("recommended_ids").EnumerateArray(), i => Assert.Equal(JsonValueKind.Null, i.ValueKind));
        Assert.Equal(Enumerable.Repeat("undecided", 5), publicWork.GetProperty("kinds").EnumerateArray().Select(i => i.GetString()));
        Assert.False(publicWork.GetProperty("depends_on_assumptions").GetBoolean());

        // A class recommending nobody keeps one null per scenario, so the columns stay aligned.
        JsonElement confidentialScenarios = sensitivity.GetProperty("recommendations").EnumerateArray()
            .Single(r => Text(r.GetProperty("class"), "sensitivity") == "confidential" && !r.GetProperty("class").TryGetProperty("use", out _));
        Assert.All(confidentialScenarios.GetProperty("recommended_ids").EnumerateArray(), i => Assert.Equal(JsonValueKind.Null, i.ValueKind));
        Assert.Equal(5, Assert.Single(sensitivity.GetProperty("break_evens").EnumerateArray()).GetProperty("per_scenario").GetArrayLength());
    }

    [Fact]
    public async Task Leaves_deployment_out_when_the_plan_has_no_candidate()
    {
        EvalPlan plan = PricedRun.Plan(null, CandidatePlan.Candidate("base", Sensitivity.Public) with { Candidate = false });
        RunReport report = await CandidatePlan.ReportAsync(folder, Items, plan, run => run.Answer("p1", "base", true));

        using JsonDocument json = JsonDocument.Parse(AnalysisJsonWriter.Render(report));

        Assert.Null(report.Deployment);
        Assert.False(json.RootElement.TryGetProperty("deployment", out _));
    }

    private static string? Text(JsonElement element, string name) => element.GetProperty(name).GetString();

    /// <summary>web: a web service that may train on inputs (confidential lowered to public), 1 yen a task; onprem: 100,000 a month and 1,200,000 one-off over 24 months.</summary>
    private async Task<JsonElement> DeploymentAsync()
    {
        EvalPlan plan = PricedRun.Plan(
            CandidatePlan.Yen(1000, new Dictionary<Sensitivity, double> { [Sensitivity.Public] = 4000, [Sensitivity.Confidential] = 650 }),
            CandidatePlan.Candidate(
                "web",
                Sensitivity.Confidential,
                CandidatePlan.Priced(0, 1),
                new DeploymentProfile { Network = NetworkZone.Internet, TrainingUse = true, Customisation = CustomisationLevel.FineTune }) with
            {
                Method = DeploymentMethod.WebService,
            },
            CandidatePlan.Candidate(
                "onprem",
                Sensitivity.Confidential,
                CandidatePlan.Priced(100_000, 0),
                new DeploymentProfile { OneOff = new OneOffCosts { Initial = 1_200_000 }, ContractMonths = 24 }));
        RunReport report = await CandidatePlan.ReportAsync(folder, Items, plan, run => run
            .Answer("p1", "web", true, CandidatePlan.TokensPerAnswer, 0).Answer("p2", "web", true, CandidatePlan.TokensPerAnswer, 0)
            .Answer("p1", "onprem", true, CandidatePlan.TokensPerAnswer, 0).Answer("p2", "onprem", true, CandidatePlan.TokensPerAnswer, 0)
            .Answer("c1", "onprem", correct: null, CandidatePlan.TokensPerAnswer, 0));
        await new AnalysisJsonWriter().WriteAsync(report, folder.Path);
        using JsonDocument json = JsonDocument.Parse(await File.ReadAllTextAsync(folder.File("analysis.json")));
        return json.RootElement.GetProperty("deployment").Clone();
    }
}
