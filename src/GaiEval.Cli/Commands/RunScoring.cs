namespace GaiEval.Cli.Commands;

using GaiEval.Cli.Console;
using GaiEval.Cli.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Core.Scoring;
using GaiEval.Scoring;
using GaiEval.Scoring.Risk;
using GaiEval.Storage;

/// <summary>
/// Scores a stored run from what it stored (its answers and the passages each provider was given) and records that it is
/// scored once its calls are complete. <see cref="FinishAsync(IResultStore, RunInfo, StoredKnowledge, ScoringJudge?, CancellationToken)"/>
/// is what <c>run --resume</c>, <c>report</c> and <c>gate</c> do first with a run whose calls finished but whose scores
/// were never committed (a kill between the two).
/// </summary>
internal static class RunScoring
{
    /// <summary>
    /// Scores every stored answer (rules and the output checks, told the plan's <c>risk:</c> block and the contact data of the
    /// knowledge folder's public documents; the judge too when given one) and marks a calls-complete run scored.
    /// </summary>
    /// <param name="scoredDuringCalls">The answers <see cref="LiveScoring"/> scored while the calls ran: only the rest is scored.</param>
    public static async Task ScoreAsync(
        IResultStore store, RunInfo run, StoredKnowledge knowledge, ScoringJudge? judge, CancellationToken ct, IReadOnlySet<ResponseKey>? scoredDuringCalls = null)
    {
        // Scores are replaced in several commits: until the last one a scored run is not scored, so a stop half way leaves it
        // to be scored again (run --resume, report and gate do that first) rather than reported from half its scores.
        if (run.Status is RunStatus.Scored)
        {
            await store.SetRunStatusAsync(run.RunId, RunStatus.CallsComplete, run.FinishedAt, CancellationToken.None);
        }

        using StageProgress stages = StageProgress.ForStandardError();
        stages.Step("採点の準備");
        StoredPassages passages = knowledge.Passages();
        RunScorer scorer = Scorer(store, run, knowledge, passages, judge);
        if (judge is not null)
        {
            stages.Complete();
            System.Console.WriteLine($"判定者 {judge.ProviderId} で採点します（取扱区分を超える項目は送りません）。");
        }

        await scorer.ScoreAsync(
            run.RunId, stages.Counted(judge is null ? "採点" : $"採点（判定者 {judge.ProviderId}）", afterLast: "採点の保存"), ct, scoredDuringCalls);
        stages.Complete();
        passages.WriteNotice(System.Console.Error);

        // Read again: the state may have moved since the caller looked (a run resumed meanwhile is not marked scored).
        RunInfo now = await store.FindRunAsync(run.RunId, ct) ?? run;
        if (now.Status is RunStatus.CallsComplete)
        {
            await store.SetRunStatusAsync(run.RunId, RunStatus.Scored, now.FinishedAt, CancellationToken.None);
        }

        // The last batch ends inside the scorer's frames (Parallel.ForEachAsync completes it, SQLite's writes complete at
        // once), so the caller's next steps would run on that stack and keep the scorer's copy of the items alive through
        // the reports: they go on from a fresh one.
        await Task.Yield();
    }

    /// <summary>Starts scoring the run's answers as their calls are committed (without a judge; a judge scores after the calls).</summary>
    /// <param name="items">The run's items, as the calls have them (scored against without a second copy from the store).</param>
    public static Task<LiveScoring> StartLiveAsync(IResultStore store, RunInfo run, StoredKnowledge knowledge, IReadOnlyList<GoldItem> items, CancellationToken ct) =>
        LiveScoring.StartAsync(Scorer(store, run, knowledge, knowledge.Passages(), judge: null), run.RunId, items, ct);

    private static RunScorer Scorer(IResultStore store, RunInfo run, StoredKnowledge knowledge, StoredPassages passages, ScoringJudge? judge)
    {
        RiskScreenOptions risk = RiskScreenOptions.From(PlanSnapshot.FromJson(run.PlanJson).Risk, knowledge.PublicDocumentTexts());
        return new RunScorer(store, ScoringCatalog.For(risk), judge, passages.For, knowledge.PassageSensitivity());
    }

    /// <summary>
    /// When every call of the run is stored but its scores are not, scores it now without calling any provider (a judge only
    /// when given one) and says so; otherwise does nothing. Returns whether it scored.
    /// </summary>
    public static async Task<bool> FinishAsync(
        IResultStore store, RunInfo run, StoredKnowledge knowledge, ScoringJudge? judge, CancellationToken ct)
    {
        if (run.Status != RunStatus.CallsComplete)
        {
            return false;
        }

        System.Console.Error.WriteLine($"実行 {run.RunId} は呼び出しが終わっていますが採点が未完了でした。保存済みの回答を採点します（提供先は呼び出しません）。");
        await ScoreAsync(store, run, knowledge, judge, ct);
        EvalPlan plan = PlanSnapshot.FromJson(run.PlanJson);
        if (judge is null && plan.Judges.Count > 0)
        {
            System.Console.Error.WriteLine($"判定者の採点は行っていません。判定者でも採点するには: gaieval score {run.RunId} --judge {plan.Judges[0].Id}");
        }

        return true;
    }

    /// <summary>The same for a command that has only the database and the run id (gate); a missing run is left to the caller.</summary>
    public static async Task FinishAsync(string? database, string runId, CancellationToken ct)
    {
        await using IEvalStore store = await StoreOpener.OpenExistingAsync(database, ct);
        if (await store.FindRunAsync(runId, ct) is { Status: RunStatus.CallsComplete } run)
        {
            await FinishAsync(store, run, StoredKnowledge.Open(run, PlanSnapshot.FromJson(run.PlanJson)), judge: null, ct);
        }
    }
}
