namespace GaiEval.Tests.Integration;

using GaiEval.Core.Analysis;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Core.Scoring;
using GaiEval.Core.TestSets;
using GaiEval.Providers;
using GaiEval.Scoring;
using GaiEval.Storage;
using GaiEval.Tests.Support;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>Scoring a stored run with a judge on 127.0.0.1: verdicts for items without rules, clearance, kept scores, no paid call twice.</summary>
public sealed class JudgeScoringTests : IAsyncLifetime
{
    private const string OpenQuestion = "区の子育て広場の利用を広げるアイデアを3つ出してください。";
    private const string SecretQuestion = "未公表の再編計画について、職員向けの説明文の案を作ってください。";

    private readonly TempFolder folder = new();
    private FakeOpenAiServer answers = null!;
    private FakeOpenAiServer judge = null!;

    public async Task InitializeAsync()
    {
        answers = await FakeOpenAiServer.StartAsync();
        judge = await FakeOpenAiServer.StartAsync();
        judge.Answer = FakeJudge.Scoring(rubric: 5, equivalence: 2);
    }

    public async Task DisposeAsync()
    {
        await answers.DisposeAsync();
        await judge.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task The_judge_decides_items_without_rules_and_never_sees_items_above_its_clearance()
    {
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(folder.File("judge.db"));
        RunResults run = await RunAsync(store);
        Assert.Null(run.Verdict(Key("open")));

        RunResults judged = await JudgeAsync(store, run.Run.RunId);

        Assert.DoesNotContain(judge.Requests, r => r.UserText.Contains(SecretQuestion, StringComparison.Ordinal));
        Assert.Contains(judge.Requests, r => r.UserText.Contains(OpenQuestion, StringComparison.Ordinal));
        Assert.Equal(new ResponseVerdict(true, VerdictSource.Judge), judged.Verdict(Key("open")));
        Assert.Null(judged.Verdict(Key("secret")));
        ScoreRecord withheld = judged.Score(Key("secret"), MetricNames.JudgeRubric)!;
        Assert.Null(withheld.Value);
        Assert.Contains("取扱区分を超える", withheld.Reason, StringComparison.Ordinal);
        Assert.Equal(new ResponseVerdict(true, VerdictSource.Rules), judged.Verdict(Key("rule")));
        ScoreRecord rubric = judged.Score(Key("open"), MetricNames.JudgeRubric)!;
        Assert.Equal(5, rubric.Value);
        Assert.Equal("judge", rubric.Metadata![ScoringJudge.ProviderKey]);
        Assert.Equal("1", rubric.Metadata["judge_attempts"]);
        Assert.Equal(2, judged.Score(Key("rule"), MetricNames.JudgeEquivalence)!.Value);
    }

    [Fact]
    public async Task The_judge_never_sees_an_answer_built_from_passages_above_its_clearance()
    {
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(folder.File("passages.db"));
        string runId = (await RunAsync(store)).Run.RunId;

        // The public "open" item was answered from a confidential passage: the answer may quote it, so it stays with the ward.
        RunResults judged = await JudgeAsync(store, runId, r => r.ItemId == "open" ? Sensitivity.Confidential : Sensitivity.Public);

        Assert.DoesNotContain(judge.Requests, r => r.UserText.Contains(OpenQuestion, StringComparison.Ordinal));
        Assert.Null(judged.Verdict(Key("open")));
        Assert.Contains("取扱区分を超える項目または検索した資料（confidential）", judged.Score(Key("open"), MetricNames.JudgeRubric)!.Reason, StringComparison.Ordinal);
        Assert.Contains(judge.Requests, r => r.UserText.Contains("住民票の写しはどこで取れますか。", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_human_grade_overrides_the_judge_and_scoring_again_without_a_judge_keeps_the_judges_scores()
    {
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(folder.File("keep.db"));
        string runId = (await RunAsync(store)).Run.RunId;
        await JudgeAsync(store, runId);
        await store.SaveHumanGradesAsync([new HumanGradeRecord
        {
            RunId = runId, ItemId = "open", ProviderId = "cloud", Repeat = 1, Grade = HumanGrade.Partial, Reviewer = "窓口担当", GradedAt = DateTimeOffset.UnixEpoch,
        }]);

        await new RunScorer(store, ScoringCatalog.Default).ScoreAsync(runId);
        RunResults rescored = await RunResults.LoadAsync(store, runId);

        Assert.Equal(5, rescored.Score(Key("open"), MetricNames.JudgeRubric)!.Value);
        ResponseVerdict verdict = rescored.Verdict(Key("open"))!;
        Assert.Equal((false, VerdictSource.Human, true), (verdict.Correct, verdict.Source, verdict.OverridesAutomatic));
        Assert.Equal(1, rescored.Score(Key("rule"), MetricNames.Correct)!.Value);
    }

    [Fact]
    public async Task Judging_again_is_served_from_the_store_without_calling_the_judge()
    {
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(folder.File("cache.db"));
        string runId = (await RunAsync(store)).Run.RunId;
        await JudgeAsync(store, runId);
        int calls = judge.RequestCount;
        Assert.True(calls >= 4, $"the judge was called {calls} times");

        RunResults again = await JudgeAsync(store, runId);

        Assert.Equal(calls, judge.RequestCount);
        Assert.Equal(5, again.Score(Key("open"), MetricNames.JudgeRubric)!.Value);
    }

    private static ResponseKey Key(string itemId) => new(itemId, "cloud", 1);

    private async Task<RunResults> RunAsync(SqliteResultStore store)
    {
        var set = new TestSet("judge.jsonl", "hash",
        [
            Item("rule", "住民票の写しはどこで取れますか。", Sensitivity.Public) with { MustInclude = [["窓口"]], Reference = "区民課の窓口です。" },
            Item("open", OpenQuestion, Sensitivity.Public),
            Item("secret", SecretQuestion, Sensitivity.Confidential),
        ]);
        return await ProviderRun.RunAsync(store, ProviderRun.Plan(set, cache: false, ProviderRun.OpenAi(answers.V1Endpoint)), set, knowledge: null);
    }

    private async Task<RunResults> JudgeAsync(SqliteResultStore store, string runId, Func<ResponseRecord, Sensitivity>? passageSensitivity = null)
    {
        ProviderProfile profile = ProviderRun.OpenAi(judge.V1Endpoint, "judge") with { Clearance = Sensitivity.Internal };
        var configuration = new ChatConfiguration(new ChatClientFactory(knowledge: null, store).CreateJudge(profile));
        var scoringJudge = new ScoringJudge("judge", configuration, ScoringCatalog.Judges, profile.Clearance, Concurrency: 2);
        await new RunScorer(store, ScoringCatalog.Default, scoringJudge, passageSensitivity: passageSensitivity).ScoreAsync(runId);
        return await RunResults.LoadAsync(store, runId);
    }

    private static GoldItem Item(string id, string question, Sensitivity sensitivity) => new()
    {
        Id = id,
        Category = "子育て",
        Use = ItemUses.Ideation,
        Question = question,
        Sensitivity = sensitivity,
        Rubric = ["具体的な案が3つある", "区の事業として実現できる"],
        HumanMinutes = 20,
        ReviewMinutes = 5,
    };
}
