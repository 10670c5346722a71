namespace GaiEval.Tests.Plans;

using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;

/// <summary>The plan's <c>round:</c> block: the settings every submission of a vendor round gets.</summary>
public sealed class RoundPlanTests : IDisposable
{
    private const string RoundPlan = """
        name: 回
        testset: items.jsonl
        round:
          system_prompt: 区の職員として答えてください。
          temperature: 0
          max_output_tokens: 300
          limits: { concurrency: 2, retries: 1 }
          clearance: internal
          seed: 7
          completion_probes: 5
        """;

    private readonly PlanFolder folder = new();

    public RoundPlanTests() => folder.Write("{}", "items.jsonl");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_rounds_plan_needs_no_providers_and_keeps_every_shared_setting()
    {
        EvalPlan plan = folder.Load(RoundPlan);

        Assert.Empty(plan.Providers);
        RoundSettings round = Assert.IsType<RoundSettings>(plan.Round);
        Assert.Equal("区の職員として答えてください。", round.SystemPrompt);
        Assert.Equal(0, round.Temperature);
        Assert.Equal(300, round.MaxOutputTokens);
        Assert.Equal(2, round.Limits.Concurrency);
        Assert.Equal(1, round.Limits.Retries);
        Assert.Equal(Sensitivity.Internal, round.Clearance);
        Assert.Equal(7, round.Seed);
        Assert.Equal(5, round.CompletionProbes);
        Assert.Equal(round, PlanSnapshot.FromJson(PlanSnapshot.ToJson(plan)).Round);
    }

    [Fact]
    public void A_plan_with_neither_providers_nor_round_is_still_refused()
    {
        Assert.Contains(folder.Errors("name: 回\ntestset: items.jsonl\n"), e => e.Field == "providers");
        Assert.Null(folder.Load(PlanFolder.Minimal).Round);
    }

    [Fact]
    public void A_rounds_plan_with_providers_is_refused_at_the_providers_line()
    {
        InputError error = Assert.Single(folder.Errors(RoundPlan + "\nproviders:\n  - { id: p1, method: cloud, adapter: manual }\n"));

        Assert.Equal(("providers", 12), (error.Field, error.Line));
        Assert.Contains("providers を書けません", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  temperature: 0", "  temperature: 3", "round.temperature")]
    [InlineData("  completion_probes: 5", "  completion_probes: -1", "round.completion_probes")]
    [InlineData("  seed: 7", "  seed: 7\n  retrieval: { top_k: 2 }", "round.retrieval")]
    [InlineData("  limits: { concurrency: 2, retries: 1 }", "  rag: { top_k: 2 }", "round.rag")]
    public void A_bad_shared_setting_is_reported_at_its_line(string from, string to, string field)
    {
        IReadOnlyList<InputError> errors = folder.Errors(RoundPlan.Replace(from, to, StringComparison.Ordinal));

        InputError error = Assert.Single(errors);
        Assert.Equal(field, error.Field);
        Assert.True(error.Line >= 4, $"{error.Line}: {error.Message}");
    }
}
