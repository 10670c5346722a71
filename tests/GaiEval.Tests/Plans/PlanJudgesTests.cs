namespace GaiEval.Tests.Plans;

using GaiEval.Core.Model;
using GaiEval.Core.Plans;

public sealed class PlanJudgesTests : IDisposable
{
    private const string Judge = """
        judges:
          - id: judge-cloud
            method: cloud
            adapter: openai
            endpoint: https://api.openai.com/v1
            model: gpt-4o-mini
            api_key_env: OPENAI_API_KEY
            clearance: internal

        """;

    private readonly PlanFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Reads_judges_apart_from_the_providers_that_answer()
    {
        EvalPlan plan = folder.Load(PlanFolder.Minimal + Judge);

        ProviderProfile judge = Assert.Single(plan.Judges);
        Assert.Equal(("judge-cloud", "gpt-4o-mini", "OPENAI_API_KEY", Sensitivity.Internal), (judge.Id, judge.Model, judge.ApiKeyEnv, judge.Clearance));
        Assert.Equal(["p1"], plan.Providers.Select(p => p.Id));
    }

    [Fact]
    public void A_plan_without_judges_has_none_and_its_snapshot_reads_back_the_judges()
    {
        Assert.Empty(folder.Load(PlanFolder.Minimal).Judges);
        EvalPlan plan = folder.Load(PlanFolder.Minimal + Judge);

        Assert.Equal("judge-cloud", Assert.Single(PlanSnapshot.FromJson(PlanSnapshot.ToJson(plan)).Judges).Id);
    }

    [Fact]
    public void Checks_a_judge_like_a_provider_with_its_own_path()
    {
        folder.SingleError(PlanFolder.Minimal + Judge.Replace("clearance: internal", "clearnce: internal"), 15, "judges[0].clearnce", "clearance");
    }

    [Fact]
    public void Rejects_a_judge_id_already_used_by_a_provider()
    {
        folder.SingleError(PlanFolder.Minimal + Judge.Replace("judge-cloud", "p1"), 9, "judges[0].id", "重複");
    }
}
