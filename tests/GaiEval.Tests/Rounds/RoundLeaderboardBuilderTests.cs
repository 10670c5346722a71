namespace GaiEval.Tests.Rounds;

using GaiEval.Core.Analysis;
using GaiEval.Core.Decision;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Core.Rounds;
using GaiEval.Core.Rounds.Contamination;
using GaiEval.Core.Rounds.Leaderboard;
using GaiEval.Core.Scoring;
using GaiEval.Reporting.Rounds;
using GaiEval.Scoring.Contamination;
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
            Hidden("h1") with { Question = HiddenQuestion },
            Hidden("h2"),
            Hidden("h3"),
            Hidden("h4") with { Category = "税・保険" },
            StoredRun.Item("p1") with { Reference = PublicReference },
            StoredRun.Item("p2") with { Reference = PublicReference },
            StoredRun.Item("p3") with { Reference = PublicReference },
        ];
        EvalPlan plan = StoredRun.PlanOf(StoredRun.Provider("s1"), StoredRun.Provider("s2"), StoredRun.Provider("s3")) with
        {
            Criteria = [new Criterion { Metric = "accuracy", Op = ">=", Value = 0.5 }],
            Round = new RoundSettings { CompletionProbes = 3 },
        };
        await using StoredRun run = await StoredRun.CreateAsync(folder, items, plan);
        run.Answer("h1", "s1", "1通300円です。", correct: true, 100)
            .Add(run.Call("h1", "s1", ResponseStatus.Ok, repeat: 2) with { Text = "無料です。" }, (MetricNames.Correct, 0))
            .Answer("h2", "s1", "わかりません", correct: null, 100)
            .Fail("h3", "s1", ResponseStatus.Error, "HTTP 500")
            .Answer("h4", "s1", "1通300円です。", correct: true, 100)
            .Answer("p1", "s1", "1通300円です。", correct: true, 100)
            .Answer("p2", "s1", $"無料です。{HiddenQuestion}", correct: false, 100)
            .Answer("p3", "s1", "1通300円です。", correct: true, 100)
            .Answer("h1", "s2", "無料です。", correct: false, 100)
            .Add(run.Call("h1", "s2", ResponseStatus.Ok, repeat: 2) with { Text = "1通300円です。" }, (MetricNames.Correct, 1))
            .Answer("h2", "s2", "1通300円です。", correct: true, 100)
            .Answer("h3", "s2", "1通300円です。", correct: true, 100)
            .Add(run.Call("h4", "s2", ResponseStatus.Withheld))
            .Fail("p1", "s2", ResponseStatus.Timeout, "timeout")
            .Answer("p2", "s2", "1通300円です。", correct: true, 100)
            .Answer("p3", "s2", "わかりません", correct: null, 100)
            .Add(run.Call("h1", "s3", ResponseStatus.Withheld))
            .Add(run.Call("h2", "s3", ResponseStatus.Withheld))
            .Add(run.Call("h3", "s3", ResponseStatus.Withheld))
            .Add(run.Call("h4", "s3", ResponseStatus.Withheld))
            .Answer("p1", "s3", PublicReference, correct: true, 100)
            .Answer("p2", "s3", "無料です。", correct: false, 100)
            .Answer("p3", "s3", $"{PublicReference}{Canary}", correct: true, 100);
        RunResults results = await run.SaveAsync();
        string runId = results.Run.RunId;
        RoundRun round = Round(runId);
        RunResults hidden = results.OnlyItems(i => i.Split == ItemSplit.Hidden);
        GateDecision decision = new GateJudge(new RunCriterionMetrics(hidden), SettlingSampleSize.Wilson).Decide(hidden);
        CompletionProbeResult[] completion =
        [
            new() { RunId = runId, ProviderId = "s1", ItemId = "p1", Answered = true },
            new() { RunId = runId, ProviderId = "s1", ItemId = "p2", Answered = true },
            new() { RunId = runId, ProviderId = "s1", ItemId = "p3", Answered = true },
            new() { RunId = "20261101-000000-old0", ProviderId = "s1", ItemId = "p1", Answered = true, Completed = true, LongestRun = 30, Coverage = 0.9 },
            new() { RunId = runId, ProviderId = "s2", ItemId = "p1", Answered = true },
            new() { RunId = runId, ProviderId = "s2", ItemId = "p2", Answered = false },
            new() { ProviderId = "s2", ItemId = "p3", Answered = true, Completed = true, LongestRun = 30, Coverage = 0.9 },
        ];

        RoundLeaderboard board = RoundLeaderboardBuilder.Build(
            round, results, decision, text => text.Contains(Canary, StringComparison.Ordinal), completion, CopiesReference, DateTimeOffset.UnixEpoch);

        // Hidden, first repeat only: s1 h1 ✓, h2 undecided, h3 failed (✗), h4 ✓; s2 h1 ✗, h2 ✓, h3 ✓, h4 withheld.
        // Compared: h1 and h3 (h2 undecided for s1, h4 withheld from s2). s1 1/2, s2 1/2: a tie.
        Assert.Equal(2, board.Official.Calls);
        Assert.Equal([("s1", 1, 1, 2), ("s2", 1, 1, 2)], board.Official.Standings.Select(s => (s.ProviderId, s.Rank, s.Accuracy.Successes, s.Accuracy.N)));
        Assert.Equal(new RankingExclusions(4, Withheld: 1, Undecided: 1, Unanswered: 0, []), board.Official.Exclusions with { Provisional = [] });
        Assert.Equal(["s1"], board.Official.Exclusions.Provisional);
        // Public: s2's p1 timed out (✗) and its p3 is undecided: p1 and p2 are compared. s1 ✓✗, s2 ✗✓, s3 ✓✗.
        Assert.Equal(2, board.Practice.Calls);
        Assert.Equal([("s1", 1, 2), ("s2", 1, 2), ("s3", 1, 2)], board.Practice.Standings.Select(s => (s.ProviderId, s.Accuracy.Successes, s.Accuracy.N)));
        Assert.Equal((3, 0, 1, 0), (board.Practice.Exclusions.Items, board.Practice.Exclusions.Withheld, board.Practice.Exclusions.Undecided, board.Practice.Exclusions.Unanswered));
        Assert.Equal(["s2"], board.Practice.Exclusions.Provisional);

        LeaderboardEntry s1 = board.EntryOf("s1");
        LeaderboardEntry s2 = board.EntryOf("s2");
        LeaderboardEntry s3 = board.EntryOf("s3");
        Assert.Equal((1, 0, 1), (s1.HiddenUndecided, s1.PublicUndecided, s1.Failed));
        Assert.Equal((0, 1, 1), (s2.HiddenUndecided, s2.PublicUndecided, s2.Failed));
        Assert.Equal([new PublicFailure("p2", 1, "p2 の質問", PublicReference, null, AnswerOmitted: true)], s1.PublicFailures);
        Assert.Equal([new OmittedAnswer("s1", "p2", 1, new LeakFinding("h1", "question"))], board.OmittedAnswers);
        Assert.Equal([new PublicFailure("p1", 1, "p1 の質問", PublicReference, null)], s2.PublicFailures);
        Assert.Equal([new PublicFailure("p2", 1, "p2 の質問", PublicReference, "無料です。")], s3.PublicFailures);

        // Feedback categories: public items only (s1 p1 ✓ p2 ✗ p3 ✓); the ward's hidden table: h1 ✓✗ (both repeats), h4 ✓.
        CategoryAccuracy category = Assert.Single(s1.Categories);
        Assert.Equal(("住民票・戸籍", 2, 3), (category.Name, category.Accuracy.Successes, category.Accuracy.N));
        Assert.Equal([("住民票・戸籍", 1, 2), ("税・保険", 1, 1)], s1.HiddenCategories.Select(c => (c.Name, c.Accuracy.Successes, c.Accuracy.N)));
        Assert.Empty(s3.HiddenCategories);

        // s1: every probe of its run answered (the other run's completed probe is ignored), canary and gap measured.
        Assert.Equal(("再現なし（0/3 件）", "検出なし（0/7 件の回答）", "検出なし"),
            (RoundTexts.Probes(s1.Signals), RoundTexts.Canary(s1.Signals.Canary), RoundTexts.Suspicion(s1.Signals)));
        // s2: one probe of three answered (the completed one has no run id and is ignored).
        Assert.Equal(("再現なし（0/1 件、2 件は未回答）", "検出なし（一部未測定: 補完プローブ（一部））"),
            (RoundTexts.Probes(s2.Signals), RoundTexts.Suspicion(s2.Signals)));
        // s3: p1 is the reference, p3 the reference and the canary, p2 neither.
        Assert.Equal(("模範解答の書き写し 2/3 件", "検出 1/3 件の回答", "汚染の疑い"),
            (RoundTexts.Probes(s3.Signals), RoundTexts.Canary(s3.Signals.Canary), RoundTexts.Suspicion(s3.Signals)));
        Assert.False(s3.Signals.GapMeasured);

        Assert.Equal((RoundTexts.NotMeasured, RoundLeaderboardBuilder.AnswersFileNotJudged), (RoundTexts.Verdict(s3.Verdict), s3.Verdict!.Reason));
        Assert.NotEqual(OverallOutcome.Go, s3.Verdict.Outcome);

        string vendor = RoundMarkdown.Render(LeaderboardDocument.Build(board, forWard: false));
        string feedback = RoundMarkdown.Render(FeedbackDocument.Build(board, s1));
        string ward = RoundMarkdown.Render(LeaderboardDocument.Build(board, forWard: true));
        Assert.Contains("比較から除いた非公開項目: 2 件（4 件中。取扱区分などにより一部の応募に送らなかった項目 1 件、一部の応募の回答が判定保留の項目 1 件）。", vendor, StringComparison.Ordinal);
        Assert.Contains("注意: この順位は暫定です。s1-folder（事業者s1「製品」） に非公開項目の判定保留の回答があり、採点（gaieval review）が済むまで順位は確定しません。", vendor, StringComparison.Ordinal);
        Assert.Contains("比較から除いた公開項目: 1 件（3 件中。一部の応募の回答が判定保留の項目 1 件）。", vendor, StringComparison.Ordinal);
        Assert.Contains("| p2 | 1 | p2 の質問 | " + PublicReference + " | （非公開項目の本文を含むため省略しました） |", feedback, StringComparison.Ordinal);
        Assert.DoesNotContain("税・保険", vendor + feedback, StringComparison.Ordinal);
        Assert.Null(VendorLeakGuard.For(results.AllItems).Find(vendor + feedback));
        Assert.Contains("税・保険", ward, StringComparison.Ordinal);
        Assert.Contains("s1-folder（事業者s1「製品」） の公開項目 p2（繰り返し 1）の回答: 非公開の項目 h1 の question を含むため、フィードバックでは省略しました", ward, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_public_accuracy_far_above_the_hidden_one_asks_for_a_closer_look_even_when_nothing_else_was_measured()
    {
        // s1 right on the 6 public items and wrong on the 6 hidden ones: public − hidden = 1, Fisher p = 2/C(12,6) = 2/924 = 0.0022.
        GoldItem[] items = [.. Enumerable.Range(1, 6).Select(i => StoredRun.Item($"p{i}")), .. Enumerable.Range(1, 6).Select(i => Hidden($"h{i}"))];
        await using StoredRun run = await StoredRun.CreateAsync(folder, items, StoredRun.Provider("s1"));
        foreach (GoldItem item in items)
        {
            run.Answer(item.Id, "s1", "1通300円です。", correct: item.Split == ItemSplit.Public, 100);
        }

        RunResults results = await run.SaveAsync();

        RoundLeaderboard board = RoundLeaderboardBuilder.Build(
            Round(results.Run.RunId) with { Entries = [Entry("s1", SubmissionKind.Endpoint)] }, results, null, null, null, CopiesReference, DateTimeOffset.UnixEpoch);

        ContaminationSignals signals = board.EntryOf("s1").Signals;
        Assert.Equal(2.0 / 924, signals.Gap!.PValue, 12);
        Assert.Equal("要確認（公開と非公開の差）", RoundTexts.Suspicion(signals));
        Assert.Equal(["カナリア", "補完プローブ"], signals.NotMeasuredInFull);
        Assert.Empty(board.Official.Exclusions.Provisional);
    }

    [Fact]
    public async Task Without_canary_completion_or_criteria_every_signal_and_verdict_is_not_measured()
    {
        GoldItem[] items = [StoredRun.Item("h1") with { Split = ItemSplit.Hidden }, StoredRun.Item("p1")];
        await using StoredRun run = await StoredRun.CreateAsync(folder, items, StoredRun.Provider("s1"), StoredRun.Provider("s2"));
        run.Fail("h1", "s1", ResponseStatus.Timeout, "timeout").Fail("p1", "s1", ResponseStatus.Timeout, "timeout")
            .Answer("h1", "s2", "1通300円です。", correct: true, 100).Answer("p1", "s2", "1通300円です。", correct: true, 100);
        RunResults results = await run.SaveAsync();
        RoundRun round = Round(results.Run.RunId) with { Entries = [.. Round(results.Run.RunId).Entries.Take(2)] };

        RoundLeaderboard board = RoundLeaderboardBuilder.Build(round, results, null, null, null, CopiesReference, DateTimeOffset.UnixEpoch);

        // s1's timed-out call is an incorrect observation: ranked 0/1 beside s2's 1/1 (Wilson intervals overlap: a tie).
        LeaderboardEntry s1 = board.EntryOf("s1");
        Assert.Equal([RoundLeaderboardBuilder.UnfinishedRun], board.Warnings);
        Assert.Empty(board.Official.Unmeasured);
        Assert.Equal([("s1", 1, 0, 1), ("s2", 1, 1, 1)], board.Official.Standings.Select(s => (s.ProviderId, s.Rank, s.Accuracy.Successes, s.Accuracy.N)).OrderBy(s => s.ProviderId));
        Assert.Equal(
            ("NOT MEASURED（判定基準なし）", "NOT MEASURED（未測定）（canary.json がない）", "NOT MEASURED（未測定）（completion.json がない）", "NOT MEASURED（未測定）"),
            (RoundTexts.Verdict(s1.Verdict), RoundTexts.Canary(s1.Signals.Canary), RoundTexts.Completion(s1.Signals.Completion), RoundTexts.Suspicion(s1.Signals)));
        Assert.Equal(RoundTexts.NotMeasured + "（公開・非公開の両方に採点済みの回答がない）", RoundTexts.Gap(s1.Signals));
    }

    [Fact]
    public async Task A_submission_whose_hidden_answers_all_await_a_verdict_is_not_ranked_and_the_items_are_said_to_be_left_out()
    {
        GoldItem[] items = [Hidden("h1"), Hidden("h2"), StoredRun.Item("p1")];
        await using StoredRun run = await StoredRun.CreateAsync(folder, items, StoredRun.Provider("s1"), StoredRun.Provider("s2"));
        run.Answer("h1", "s1", "わかりません", correct: null, 100).Answer("h2", "s1", "わかりません", correct: null, 100)
            .Answer("h1", "s2", "1通300円です。", correct: true, 100);
        RunResults results = await run.SaveAsync();
        RoundRun round = Round(results.Run.RunId) with { Entries = [.. Round(results.Run.RunId).Entries.Take(2)] };

        RoundLeaderboard board = RoundLeaderboardBuilder.Build(round, results, null, null, null, CopiesReference, DateTimeOffset.UnixEpoch);

        // s1 has no observation: unranked; s2 alone is compared on h1, its only call (h2 was never sent to it). Grading
        // s1's answers would bring it into the table: the ranking is provisional.
        Assert.Equal(["s1"], board.Official.Unmeasured);
        Assert.Equal(1, board.Official.Calls);
        Assert.Equal(new RankingExclusions(2, 0, 0, Unanswered: 1, []), board.Official.Exclusions with { Provisional = [] });
        Assert.Equal(["s1"], board.Official.Exclusions.Provisional);
        string text = RoundMarkdown.Render(LeaderboardDocument.Build(board, forWard: false));
        Assert.Contains("NOT MEASURED（未測定）（非公開項目に採点済みの回答も失敗した呼び出しもない）: 順位なし: s1-folder", text, StringComparison.Ordinal);
        Assert.Contains("比較から除いた非公開項目: 1 件（2 件中。一部の応募の呼び出しが記録されていない項目 1 件）。", text, StringComparison.Ordinal);
    }

    private const string HiddenQuestion = "出張所で住民票を取るといくら払いますか。";

    private const string PublicReference = "住民票の写しは1通300円です。本人確認書類をお持ちのうえ、平日の8時30分から17時15分までに窓口へお越しください。";

    private static bool CopiesReference(string answer, string reference) => CompletionCheck.Judge(answer, reference).Completed;

    private static GoldItem Hidden(string id) => StoredRun.Item(id) with { Split = ItemSplit.Hidden, Reference = "出張所でも1通300円を払います。" };

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
