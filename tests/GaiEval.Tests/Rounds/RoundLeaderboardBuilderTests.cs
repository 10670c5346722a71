namespace GaiEval.Tests.Rounds;

using GaiEval.Core.Analysis;
using GaiEval.Core.Decision;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Core.Rounds;
using GaiEval.Core.Rounds.Contamination;
using GaiEval.Core.Rounds.Leaderboard;
using GaiEval.Reporting.Rounds;
using GaiEval.Tests.Support;

/// <summary>
/// The leaderboard built from a hand-made stored run: the tables compare only calls every ranked submission decided,
/// undecided answers are counted apart and never as correct, a failed public call is a failure in the feedback, and
/// the canary and completion probes flag their submission (what was not measured says so).
/// </summary>
public sealed class RoundLeaderboardBuilderTests : IDisposable
{
    private const string Canary = "CANARY-7f3Kq9";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Figures_signals_and_failures_of_each_submission_follow_the_stored_calls()
    {
        GoldItem[] items =
        [
            StoredRun.Item("h1") with { Split = ItemSplit.Hidden },
            StoredRun.Item("h2") with { Split = ItemSplit.Hidden },
            StoredRun.Item("p1"),
            StoredRun.Item("p2"),
        ];
        EvalPlan plan = StoredRun.PlanOf(StoredRun.Provider("s1"), StoredRun.Provider("s2"), StoredRun.Provider("s3")) with
        {
            Criteria = [new Criterion { Metric = "accuracy", Op = ">=", Value = 0.5 }],
        };
        await using StoredRun run = await StoredRun.CreateAsync(folder, items, plan);
        run.Answer("h1", "s1", "1通300円です。", correct: true, 100)
            .Answer("h2", "s1", "わかりません", correct: null, 100)
            .Answer("p1", "s1", "1通300円です。", correct: true, 100)
            .Answer("p2", "s1", "無料です。", correct: false, 100)
            .Answer("h1", "s2", "無料です。", correct: false, 100)
            .Answer("h2", "s2", "1通300円です。", correct: true, 100)
            .Fail("p1", "s2", ResponseStatus.Error, "HTTP 500")
            .Answer("p2", "s2", "1通300円です。", correct: true, 100)
            .Add(run.Call("h1", "s3", ResponseStatus.Withheld))
            .Add(run.Call("h2", "s3", ResponseStatus.Withheld))
            .Answer("p1", "s3", "1通300円です。", correct: true, 100)
            .Answer("p2", "s3", $"1通300円です。{Canary}", correct: true, 100);
        RunResults results = await run.SaveAsync();
        RoundRun round = Round(results.Run.RunId);
        GateDecision decision = new GateJudge(new RunCriterionMetrics(results), SettlingSampleSize.Wilson).Decide(results);
        CompletionProbeResult[] completion =
        [
            new() { ProviderId = "s1", ItemId = "p1", Answered = true, Completed = true, LongestRun = 20, Coverage = 0.9 },
            new() { ProviderId = "s1", ItemId = "p2", Answered = true, Completed = false },
            new() { ProviderId = "s2", ItemId = "p1", Answered = false },
        ];

        RoundLeaderboard board = RoundLeaderboardBuilder.Build(
            round, results, decision, text => text.Contains(Canary, StringComparison.Ordinal), completion, DateTimeOffset.UnixEpoch);

        // Hidden: s1 decided h1 only (h2 undecided), s2 both: the common call is h1. s1 1/1, s2 0/1: intervals overlap, a tie.
        Assert.Equal(1, board.Official.Calls);
        Assert.Equal([("s1", 1, 1, 1), ("s2", 1, 0, 1)], board.Official.Standings.Select(s => (s.ProviderId, s.Rank, s.Accuracy.Successes, s.Accuracy.N)));
        // Public: s2's p1 failed, so only p2 is common to the three.
        Assert.Equal(1, board.Practice.Calls);
        Assert.Equal(["s1", "s2", "s3"], board.Practice.Standings.Select(s => s.ProviderId));

        LeaderboardEntry s1 = board.EntryOf("s1");
        LeaderboardEntry s2 = board.EntryOf("s2");
        LeaderboardEntry s3 = board.EntryOf("s3");
        Assert.Equal((1, 0, 0), (s1.HiddenUndecided, s1.PublicUndecided, s1.Failed));
        Assert.Equal(1, s2.Failed);
        Assert.Equal([new PublicFailure("p2", 1, "p2 の質問", "1通300円です。", "無料です。")], s1.PublicFailures);
        Assert.Equal([new PublicFailure("p1", 1, "p1 の質問", "1通300円です。", null)], s2.PublicFailures);
        Assert.Empty(s3.PublicFailures);
        CategoryAccuracy category = Assert.Single(s1.Categories);
        Assert.Equal(("住民票・戸籍", 2, 3), (category.Name, category.Accuracy.Successes, category.Accuracy.N));
        Assert.Equal((1, 1), (Assert.Single(s1.HiddenCategories).Accuracy.Successes, s1.HiddenCategories[0].Accuracy.N));
        Assert.Empty(s3.HiddenCategories);

        Assert.Equal(("続きを再現 1/2 件", "検出なし（0/4 件の回答）", "汚染の疑い"),
            (RoundTexts.Completion(s1.Signals.Completion), RoundTexts.Canary(s1.Signals.Canary), RoundTexts.Suspicion(s1.Signals)));
        Assert.Equal(("NOT MEASURED（未測定）（回答されたプローブがない）", "検出なし（一部未測定）"),
            (RoundTexts.Completion(s2.Signals.Completion), RoundTexts.Suspicion(s2.Signals)));
        Assert.Equal(("対象外（回答ファイル）", "検出 1/2 件の回答", "汚染の疑い"),
            (RoundTexts.Completion(s3.Signals.Completion), RoundTexts.Canary(s3.Signals.Canary), RoundTexts.Suspicion(s3.Signals)));
        Assert.False(s3.Signals.GapMeasured);

        // s1: 2/3 decided, Wilson [0.208, 0.939] straddles 0.5: not a pass.
        Assert.Equal((OverallOutcome.NeedsMoreEvidence, "要追加検証（未確定の基準あり）"), (s1.Verdict!.Outcome, RoundTexts.Verdict(s1.Verdict)));
    }

    [Fact]
    public async Task Without_canary_completion_or_criteria_every_signal_and_verdict_is_not_measured()
    {
        GoldItem[] items = [StoredRun.Item("h1") with { Split = ItemSplit.Hidden }, StoredRun.Item("p1")];
        await using StoredRun run = await StoredRun.CreateAsync(folder, items, StoredRun.Provider("s1"), StoredRun.Provider("s2"));
        run.Fail("h1", "s1", ResponseStatus.Timeout, "timeout").Fail("p1", "s1", ResponseStatus.Timeout, "timeout")
            .Answer("h1", "s2", "1通300円です。", correct: true, 100).Answer("p1", "s2", "1通300円です。", correct: true, 100);
        RunResults results = await run.SaveAsync();

        RoundLeaderboard board = RoundLeaderboardBuilder.Build(Round(results.Run.RunId) with { Entries = [.. Round(results.Run.RunId).Entries.Take(2)] }, results, null, null, null, DateTimeOffset.UnixEpoch);

        LeaderboardEntry s1 = board.EntryOf("s1");
        Assert.Equal([RoundLeaderboardBuilder.UnfinishedRun], board.Warnings);
        Assert.Equal(["s1"], board.Official.Unmeasured);
        Assert.Equal([("s2", 1)], board.Official.Standings.Select(s => (s.ProviderId, s.Rank)));
        Assert.Equal(
            ("NOT MEASURED（判定基準なし）", "NOT MEASURED（未測定）（canary.json がない）", "NOT MEASURED（未測定）（completion.json がない）", "NOT MEASURED（未測定）"),
            (RoundTexts.Verdict(s1.Verdict), RoundTexts.Canary(s1.Signals.Canary), RoundTexts.Completion(s1.Signals.Completion), RoundTexts.Suspicion(s1.Signals)));
        Assert.Contains("NOT MEASURED（未測定）（非公開項目に採点済みの回答がない）: 順位なし: s1-folder", RoundMarkdown.Render(LeaderboardDocument.Build(board, forWard: false)), StringComparison.Ordinal);
    }

    private static RoundRun Round(string runId) => new()
    {
        Round = "R1",
        RunId = runId,
        Database = "results.db",
        SettingsHash = new string('d', 64),
        Seed = 1,
        CreatedAt = DateTimeOffset.UnixEpoch,
        Entries = [Entry("s1", SubmissionKind.Endpoint), Entry("s2", SubmissionKind.Endpoint), Entry("s3", SubmissionKind.Answers)],
    };

    private static RoundEntry Entry(string provider, SubmissionKind kind) => new()
    {
        ProviderId = provider,
        Folder = provider + "-folder",
        Vendor = "事業者" + provider,
        Product = "製品",
        Model = "m",
        ModelVersion = "1",
        Method = DeploymentMethod.Cloud,
        Kind = kind,
        VariantsTried = 0,
    };
}
