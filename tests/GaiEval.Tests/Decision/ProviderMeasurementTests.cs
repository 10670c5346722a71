namespace GaiEval.Tests.Decision;

using GaiEval.Core.Analysis;
using GaiEval.Core.Decision;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Tests.Support;

/// <summary>A provider with no answer to judge is named as not measured, with why; one answer is enough to be measured.</summary>
public sealed class ProviderMeasurementTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_provider_skipped_at_the_start_is_not_measured_with_the_preflight_reason()
    {
        ProviderProfile skipped = Candidate("skipped");
        EvalPlan plan = StoredRun.PlanOf(StoredRun.Provider("base"), skipped) with
        {
            Skipped = new Dictionary<string, string> { ["skipped"] = "127.0.0.1:9 に接続できません（ConnectionRefused）" },
        };
        RunResults results = await SaveAsync(plan, run => run.Answer("q1", "base", "1通300円です", correct: true, latencyMs: 5));

        string? why = ProviderMeasurement.WhyNotMeasured(results, skipped);

        Assert.Equal("実行開始時に使えなかったため飛ばした（--skip-unavailable）: 127.0.0.1:9 に接続できません（ConnectionRefused）", why);
        Assert.Null(ProviderMeasurement.WhyNotMeasured(results, plan.Providers[0]));
        Assert.Equal(["skipped"], ProviderMeasurement.NotMeasured(results).Select(m => m.Provider.Id));
    }

    [Fact]
    public async Task A_provider_withheld_from_every_item_is_not_measured()
    {
        ProviderProfile strict = Candidate("strict") with { Clearance = Sensitivity.Public };
        RunResults results = await SaveAsync(
            StoredRun.PlanOf(strict),
            run => run.Add(run.Call("q1", "strict", ResponseStatus.Withheld)).Add(run.Call("q2", "strict", ResponseStatus.Withheld)));

        Assert.Equal("全 2 件が取扱区分（clearance: public）を超える項目のため、1件も送っていない", ProviderMeasurement.WhyNotMeasured(results, strict));
    }

    [Fact]
    public async Task A_provider_that_failed_on_every_call_is_not_measured_with_an_example_error()
    {
        ProviderProfile broken = Candidate("broken");
        RunResults results = await SaveAsync(
            StoredRun.PlanOf(broken),
            run => run.Fail("q1", "broken", ResponseStatus.Error, "HTTP 401: invalid api key").Fail("q2", "broken", ResponseStatus.Timeout, "60秒でタイムアウト"));

        Assert.Equal(
            "送った 2 件すべてが失敗した（エラー 1 件、タイムアウト 1 件）。例: HTTP 401: invalid api key",
            ProviderMeasurement.WhyNotMeasured(results, broken));
    }

    [Fact]
    public async Task One_answer_among_failures_and_withheld_items_is_measured()
    {
        ProviderProfile flaky = Candidate("flaky");
        RunResults results = await SaveAsync(
            StoredRun.PlanOf(flaky),
            run => run.Fail("q1", "flaky", ResponseStatus.Error, "HTTP 500").Add(run.Call("q2", "flaky", ResponseStatus.Withheld))
                .Answer("q3", "flaky", "1通300円です", correct: true, latencyMs: 5));

        Assert.Null(ProviderMeasurement.WhyNotMeasured(results, flaky));
        Assert.Empty(ProviderMeasurement.NotMeasured(results));
    }

    [Fact]
    public async Task A_provider_with_no_stored_call_that_was_not_skipped_points_to_resume()
    {
        ProviderProfile silent = Candidate("silent");
        RunResults results = await SaveAsync(StoredRun.PlanOf(silent), _ => { });

        Assert.Equal($"保存された回答が1件もない（実行が途中で止まった可能性: gaieval run --resume {StoredRun.RunId}）", ProviderMeasurement.WhyNotMeasured(results, silent));
    }

    [Fact]
    public void A_snapshot_stored_before_skips_were_recorded_reads_as_nothing_skipped_and_a_new_one_keeps_them()
    {
        EvalPlan old = PlanSnapshot.FromJson("""{"name":"古い実行","plan_file":"plan.yaml","test_set":"items.jsonl","providers":[]}""");
        EvalPlan plan = StoredRun.PlanOf(Candidate("cloud")) with { Skipped = new Dictionary<string, string> { ["cloud"] = "接続できません" } };

        Assert.Empty(old.Skipped);
        Assert.Equal("接続できません", PlanSnapshot.FromJson(PlanSnapshot.ToJson(plan)).Skipped["cloud"]);
    }

    private static ProviderProfile Candidate(string id) => StoredRun.Provider(id) with { Candidate = true };

    private async Task<RunResults> SaveAsync(EvalPlan plan, Action<StoredRun> calls)
    {
        await using StoredRun run = await StoredRun.CreateAsync(folder, [StoredRun.Item("q1"), StoredRun.Item("q2"), StoredRun.Item("q3")], plan);
        calls(run);
        return await run.SaveAsync();
    }
}
