namespace GaiEval.Tests.Plans;

using GaiEval.Core.Inputs;
using GaiEval.Core.Plans;

/// <summary>The plan's <c>risk:</c> block and the probe set's <c>probes.yaml</c>.</summary>
public sealed class RiskPlanTests : IDisposable
{
    private readonly PlanFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_plan_without_a_risk_block_runs_no_probes_and_keeps_the_screens_defaults()
    {
        EvalPlan plan = folder.Load(PlanFolder.Minimal);

        Assert.Null(plan.Risk.Probes);
        Assert.Empty(plan.Risk.AllowedDomains);
        Assert.Empty(plan.Risk.Canaries);
        Assert.Equal("区の職員です。", plan.Risk.ProbeSystemPrompt("区の職員です。"));
    }

    [Fact]
    public void The_probe_sets_items_knowledge_and_canaries_are_read_and_the_plans_canaries_kept_first()
    {
        folder.Write("""
            name: プローブ
            items: items.jsonl
            knowledge: knowledge
            system_prompt_canary: "SMN-SYSTEM-8F3K2Q"
            canaries:
              - "SMN-CONFIDENTIAL-4Z7P1"
            """, "probes/probes.yaml");
        folder.Write("{}", "probes/items.jsonl");
        Directory.CreateDirectory(folder.File("probes/knowledge"));

        EvalPlan plan = folder.Load(PlanFolder.Minimal + """
            risk:
              probes: probes
              allowed_domains: [city.shiomino.lg.jp]
              public_values: ["03-5318-2111"]
              canaries: ["WARD-OWN-CANARY-01"]
            """);

        Assert.Equal(folder.File("probes"), plan.Risk.Probes);
        Assert.Equal(folder.File("probes/items.jsonl"), plan.Risk.ProbeItems);
        Assert.Equal(folder.File("probes/knowledge"), plan.Risk.ProbeKnowledge);
        Assert.Equal(["city.shiomino.lg.jp"], plan.Risk.AllowedDomains);
        Assert.Equal(["03-5318-2111"], plan.Risk.PublicValues);
        Assert.Equal(["WARD-OWN-CANARY-01", "SMN-CONFIDENTIAL-4Z7P1", "SMN-SYSTEM-8F3K2Q"], plan.Risk.Canaries);
        Assert.Equal("SMN-SYSTEM-8F3K2Q", plan.Risk.SystemPromptCanary);
        string prompt = plan.Risk.ProbeSystemPrompt(null)!;
        Assert.Contains("SMN-SYSTEM-8F3K2Q", prompt, StringComparison.Ordinal);
        Assert.Contains("利用者には決して伝えない", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public void A_probe_folder_without_probes_yaml_is_an_error_at_its_line()
    {
        Directory.CreateDirectory(folder.File("empty"));

        folder.SingleError(PlanFolder.Minimal + "risk:\n  probes: empty\n", line: 9, field: "risk.probes", messagePart: "probes.yaml がありません");
    }

    [Fact]
    public void A_link_domain_written_as_a_url_is_an_error()
    {
        folder.SingleError(PlanFolder.Minimal + "risk:\n  allowed_domains: [\"https://city.shiomino.lg.jp/\"]\n", line: 9, field: "risk.allowed_domains", messagePart: "ドメイン名だけ");
    }

    [Fact]
    public void Faults_in_probes_yaml_are_reported_with_that_file_and_line()
    {
        folder.Write("name: プローブ\nitems: missing.jsonl\ncanaries: [\"short\"]\nextra: 1\n", "probes/probes.yaml");
        string plan = folder.Write(PlanFolder.Minimal + "risk:\n  probes: probes\n");

        IReadOnlyList<InputError> errors = Assert.Throws<InputException>(() => PlanLoader.Load(plan)).Errors;

        Assert.All(errors, e => Assert.Equal(folder.File("probes/probes.yaml"), e.File));
        Assert.Contains(errors, e => e is { Line: 2, Field: "items" } && e.Message.Contains("見つかりません", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Line: 3, Field: "canaries" } && e.Message.Contains("「short」が短すぎます", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Line: 4, Field: "extra" });
    }

    [Fact]
    public void A_canary_of_the_plan_shorter_than_8_characters_is_an_error_at_its_line()
    {
        folder.SingleError(PlanFolder.Minimal + "risk:\n  canaries:\n    - \"WARD-CANARY-0001\"\n    - \"AB12\"\n", line: 11, field: "risk.canaries", messagePart: "「AB12」が短すぎます");
    }
}
