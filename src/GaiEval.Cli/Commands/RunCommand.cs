namespace GaiEval.Cli.Commands;

using System.CommandLine;
using GaiEval.Cli.Console;
using GaiEval.Cli.Inputs;
using GaiEval.Core.Inputs;
using GaiEval.Core.Kpi;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Reporting;
using GaiEval.Core.Results;
using GaiEval.Core.Running;
using GaiEval.Core.Scoring;
using GaiEval.Providers;
using GaiEval.Providers.Knowledge;
using GaiEval.Providers.Preflight;
using GaiEval.Storage;

/// <summary><c>gaieval run [PLAN]</c>: replays the gold set against the plan's providers, scores, and writes the summary.</summary>
internal static class RunCommand
{
    public const string DefaultPlan = "testsets/sample-ward/plan.yaml";

    public static Command Create()
    {
        Argument<string> plan = new("PLAN")
        {
            Description = "評価計画（YAML）",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => DefaultPlan,
        };
        Option<string?> db = CommonOptions.Database();
        Option<string> output = CommonOptions.Output();
        Option<bool> skipUnavailable = new("--skip-unavailable")
        {
            Description = "使えない提供先（キーの環境変数がない、接続できない等）を飛ばして残りを実行します",
        };
        Option<string?> resume = new("--resume")
        {
            Description = "中断・強制終了・失敗した実行を再開します（保存済みの呼び出しは繰り返しません。計画は実行開始時のものを使います）。" +
                "呼び出しが終わって採点が未完了の実行は、提供先を呼び出さずに採点を仕上げます。ナレッジが実行開始時から変わっていれば再開しません",
            HelpName = "RUN_ID",
        };
        var command = new Command("run", "テストセットを計画の提供先すべてに送り、採点して要約を書き出します。Ctrl+C で中断しても、終わった呼び出しは保存され --resume で再開できます。" +
            "計画に kpi: があれば、呼び出しの前に実利用のファイル（職員アンケート・利用ログ・実測）を取り込み（同じ内容は取り込み直しません）、レポートにKPIを加えます。")
        {
            plan, db, output, resume, skipUnavailable,
        };
        command.SetAction((parse, ct) => InvokeAsync(
            new RunRequest(parse.GetValue(plan)!, parse.GetValue(db), parse.GetValue(output)!, parse.GetValue(resume), parse.GetValue(skipUnavailable))
            {
                PlanNamed = parse.GetResult(plan)?.Tokens.Count > 0,
            },
            ct));
        return command;
    }

    /// <summary>Starts or resumes a run and writes its reports; every input error is printed and gives exit 2.</summary>
    internal static async Task<int> InvokeAsync(RunRequest request, CancellationToken ct)
    {
        try
        {
            return request.ResumeId is null ? await StartAsync(request, ct) : await ResumeAsync(request, request.ResumeId, ct);
        }
        catch (InputException e)
        {
            return ErrorPrinter.BadInput(e);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            System.Console.Error.WriteLine("中断しました。保存済みの結果は失われていません。");
            return ExitCodes.Interrupted;
        }
    }

    private static async Task<int> StartAsync(RunRequest request, CancellationToken ct)
    {
        PlanInputs inputs = request.Inputs ?? PlanInputs.Load(request.PlanPath);
        if (inputs.Plan.Providers.Count == 0)
        {
            throw new InputException(request.PlanPath, 0, "providers",
                "この計画には providers がありません（round: のある、ベンダー評価の回の計画です）。gaieval round run NAME --plan 計画 --submissions 応募のフォルダ で実行してください");
        }

        ProviderSelection? selection = await UsableProvidersAsync(new ChatClientFactory(inputs.Knowledge), inputs.Plan, request.SkipUnavailable, ct);
        if (selection is null)
        {
            return ExitCodes.BadInput;
        }

        await using IEvalStore store = await StoreOpener.OpenAsync(request.Database, ct);
        IReadOnlyList<StoredKpiImport> kpiImports = await ImportKpiFilesAsync(store, inputs.Plan, ct);
        IResponseCache? cache = inputs.Plan.Cache ? store : null;
        KnowledgeBase? knowledge = inputs.Knowledge;
        var runner = new EvalRunner(store, new ChatClientFactory(knowledge, cache), probeClients: new ChatClientFactory(inputs.ProbeKnowledge ?? knowledge, cache));
        RunInfo run = await runner.CreateRunAsync(
            KpiFindingsForPlan.Pinned(selection.Stored, kpiImports), inputs.TestSet, knowledge?.ContentHash, ct, inputs.Probes);
        await using IAsyncDisposable lease = await RunLease.TakeAsync(store, run.RunId, ct);
        request.Created?.Invoke(run);
        var items = new CallItems(request.Ordered(inputs.AllItems));

        // The test set as read at the start serves the calls only: once they end, scoring and reports read the run's items
        // from the store, so it must not stay referenced here while they run.
        inputs = null!;
        return await FailSafeAsync(store, run.RunId, request, () => ExecuteAsync(runner, store, run, selection.ToRun, request, items, knowledge, ct), ct);
    }

    private static async Task<int> ResumeAsync(RunRequest request, string runId, CancellationToken ct)
    {
        await using IEvalStore store = await StoreOpener.OpenExistingAsync(request.Database, ct);
        RunInfo run = await store.FindRunAsync(runId, ct)
            ?? throw new InputException(store.Location, 0, "--resume", $"実行ID {runId} はこのデータベースにありません（gaieval runs で一覧）。");
        await using IAsyncDisposable lease = await RunLease.TakeAsync(store, runId, ct);
        // Another process may have finished the run between the first read and the lease: what follows goes by its status now.
        run = await store.FindRunAsync(runId, ct) ?? run;
        EvalPlan plan = PlanSnapshot.FromJson(run.PlanJson);
        if (request.PlanNamed)
        {
            ResumedPlan.Compare(request.PlanPath, run, plan, request.ResumeCommand(runId));
        }

        // A run that skipped providers at its start goes through the provider checks again: they may be usable now.
        if (run.Status is RunStatus.CallsComplete or RunStatus.Scored && plan.Skipped.Count == 0)
        {
            return await FailSafeAsync(store, runId, request, () => FinishAsync(store, run, plan, request.Output, ct), ct);
        }

        KnowledgeBase? knowledge = PlanInputs.LoadKnowledge(plan.Knowledge);
        RefuseChangedKnowledge(plan.Knowledge, run.KnowledgeHash, knowledge, run.RunId);
        KnowledgeBase? probeKnowledge = PlanInputs.LoadKnowledge(plan.Risk.ProbeKnowledge);
        RefuseChangedKnowledge(plan.Risk.ProbeKnowledge, plan.Risk.ProbeKnowledgeHash, probeKnowledge, run.RunId);
        IResponseCache? cache = plan.Cache ? store : null;
        var factory = new ChatClientFactory(knowledge, cache);
        ProviderSelection? selection = await UsableProvidersAsync(factory, plan, request.SkipUnavailable, ct);
        if (selection is null)
        {
            return ExitCodes.BadInput;
        }

        await ImportKpiFilesAsync(store, plan, ct);
        var items = new CallItems(request.Ordered(await store.ReadItemsAsync(runId, ct)));
        return await FailSafeAsync(store, runId, request, () => ExecuteAsync(new EvalRunner(store, factory, probeClients: new ChatClientFactory(probeKnowledge ?? knowledge, cache)), store, run, selection.ToRun, request, items, knowledge, ct), ct);
    }

    /// <summary>Resuming a run whose calls are all stored: nothing is called but the plan's judge; the scoring is finished and the reports written.</summary>
    private static async Task<int> FinishAsync(IEvalStore store, RunInfo run, EvalPlan plan, string output, CancellationToken ct)
    {
        System.Console.WriteLine($"実行ID: {run.RunId}  計画: {plan.Name}（呼び出しはすべて保存済みです。提供先は呼び出しません）");
        var knowledge = StoredKnowledge.Open(run, plan);
        ScoringJudge? judge = run.Status == RunStatus.CallsComplete ? await PlanJudgeAsync(plan, store, run.RunId, ct) : null;
        await RunScoring.FinishAsync(store, run, knowledge, judge, ct);
        RunReport report = await ReportPublisher.PublishAsync(store, run.RunId, output, knowledge.Check, ct, TextWriter.Null);
        return ExitCodeOf(report);
    }

    /// <summary>
    /// Imports the plan's KPI files (once per content) before any call, so that a file with bad rows stops the run here and
    /// not after an hour of calls; the run's stored plan is pinned to these imports, which its reports and gate read.
    /// </summary>
    private static async Task<IReadOnlyList<StoredKpiImport>> ImportKpiFilesAsync(IEvalStore store, EvalPlan plan, CancellationToken ct) =>
        plan.Kpi is { } kpi
            ? await KpiFindingsForPlan.ImportAsync(store, StoreOpener.StaffKeyBase(store), kpi, System.Console.Out, ct, new KpiImportProgress(System.Console.Error))
            : [];

    /// <summary>
    /// New calls of a run must search the knowledge its earlier calls searched: when the folder changed since the run
    /// started, resuming would mix two knowledge bases in one comparison, so it is refused with what to do instead.
    /// </summary>
    private static void RefuseChangedKnowledge(string? folder, string? storedHash, KnowledgeBase? knowledge, string runId)
    {
        if (knowledge is null || folder is null)
        {
            return;
        }

        var check = new KnowledgeCheck(folder, storedHash, knowledge.ContentHash, Problem: null);
        if (check.Changed)
        {
            throw new InputException(folder, 0, "knowledge",
                $"ナレッジの内容が実行開始時と異なるため再開していません（実行時 {KnowledgeCheck.Short(check.StoredHash)}、現在 " +
                $"{KnowledgeCheck.Short(check.CurrentHash)}）。1つの実行で異なるナレッジを使わないためです。フォルダを実行時の内容に戻して再開するか、" +
                $"新しい実行を始めてください。保存済みの回答の採点だけなら: gaieval score {runId}");
        }

        if (storedHash is null)
        {
            System.Console.Error.WriteLine(
                $"注意: 実行 {runId} にはナレッジのハッシュが記録されていない（この記録を始める前の実行）ため、ナレッジ {folder} が実行時と同じ内容かは確かめられません。");
        }
    }

    /// <summary>
    /// Runs the rest of the run. A stop (Ctrl+C, SIGTERM) during scoring or reports exits 130 with the command that resumes
    /// it (the calls are stored: resuming scores and writes without calling a provider). An unexpected error (not a stop, not
    /// bad input) marks the run failed with its message, prints one line and exits 70; the run stays resumable.
    /// </summary>
    private static async Task<int> FailSafeAsync(IResultStore store, string runId, RunRequest request, Func<Task<int>> rest, CancellationToken ct)
    {
        StopSignal.ResumeCommand = request.ResumeCommand(runId);
        try
        {
            return await rest();
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            System.Console.Error.WriteLine($"中断しました。保存済みの結果は失われていません。再開するには: {request.ResumeCommand(runId)}");
            return ExitCodes.Interrupted;
        }
        catch (Exception e) when (e is not InputException && !(e is OperationCanceledException && ct.IsCancellationRequested))
        {
            string failure = InternalErrorLog.Summary(e);
            string recorded = string.Empty;
            try
            {
                await store.MarkRunFailedAsync(runId, failure, CancellationToken.None);
            }
            catch (Exception markError)
            {
                recorded = $"（失敗の記録もできませんでした: {markError.GetType().Name}: {markError.Message.ReplaceLineEndings(" ")}）";
            }

            System.Console.Error.WriteLine(
                $"実行 {runId} は予期しないエラーで止まりました: {failure}{recorded}。保存済みの結果は失われていません。再開するには: {request.ResumeCommand(runId)}　{InternalErrorLog.Where(e)}");
            return ExitCodes.InternalError;
        }
    }

    /// <param name="items">The items to call, taken by the calls (so that scoring and reports do not keep them).</param>
    /// <param name="knowledge">The knowledge base the calls searched (already loaded), for the scoring's passages and check.</param>
    private static async Task<int> ExecuteAsync(
        EvalRunner runner,
        IEvalStore store,
        RunInfo run,
        EvalPlan plan,
        RunRequest request,
        CallItems items,
        KnowledgeBase? knowledge,
        CancellationToken ct)
    {
        PrintHeader(run, plan, items.Peek());
        var stored = StoredKnowledge.From(run, PlanSnapshot.FromJson(run.PlanJson), knowledge);
        ScoringJudge? judge = await PlanJudgeAsync(plan, store, run.RunId, ct);
        Calls calls = await CallAsync(runner, store, run, plan, items.Take(), stored, judge, ct);
        if (calls.Outcome.Interrupted)
        {
            System.Console.Error.WriteLine($"中断しました（今回 {calls.Outcome.Calls} 件を保存）。再開するには: {request.ResumeCommand(run.RunId)}");
            return ExitCodes.Interrupted;
        }

        return ExitCodeOf(await ReportPublisher.ScoreAndPublishAsync(store, run.RunId, request.Output, ct, judge, stored, TextWriter.Null, calls.ScoredDuringCalls));
    }

    /// <summary>Makes the calls; without a judge the answers are scored as they come in, on the time the calls spend waiting for the providers.</summary>
    private static async Task<Calls> CallAsync(
        EvalRunner runner, IEvalStore store, RunInfo run, EvalPlan plan, IReadOnlyList<GoldItem> items, StoredKnowledge stored, ScoringJudge? judge, CancellationToken ct)
    {
        await using LiveScoring? live = judge is null ? await RunScoring.StartLiveAsync(store, run, stored, items, ct) : null;
        ConsoleProgress progress = ConsoleProgress.ForStandardError();
        RunOutcome outcome = await runner.ExecuteAsync(run, plan, items, progress, ct, live is null ? null : live.Offer);
        progress.Complete();
        return new Calls(outcome, outcome.Interrupted || live is null ? null : await live.CompleteAsync());
    }

    private static void PrintHeader(RunInfo run, EvalPlan plan, IReadOnlyList<GoldItem> items)
    {
        System.Console.WriteLine($"実行ID: {run.RunId}  計画: {plan.Name}");
        int probes = items.Count(i => i.IsProbe);
        string probeNote = probes > 0 ? $"（うちリスク検査プローブ {probes}問）" : string.Empty;
        System.Console.WriteLine($"項目 {items.Count}問{probeNote} × 提供先 {plan.Providers.Count} × 反復 {plan.Repeats}回");
    }

    private static int ExitCodeOf(RunReport report)
    {
        int probeFailures = report.Results.ProbeResponses.Count(r => r.Status is ResponseStatus.Error or ResponseStatus.Timeout);
        if (report.Summary.FailedCalls + probeFailures > 0)
        {
            string probes = probeFailures > 0 ? $"（うちリスク検査プローブ {probeFailures} 件。リスクの率では未判定）" : string.Empty;
            System.Console.Error.WriteLine($"提供先で失敗した呼び出しが {report.Summary.FailedCalls + probeFailures} 件あります{probes}（summary.md と results.csv を参照）。");
            return ExitCodes.ProviderFailures;
        }

        return ExitCodes.Done;
    }

    /// <summary>The plan's first judge when it can be used now; otherwise a notice and null (open items then await review).</summary>
    private static async Task<ScoringJudge?> PlanJudgeAsync(EvalPlan plan, IResultStore store, string runId, CancellationToken ct)
    {
        if (plan.Judges.Count == 0 || store is not IResponseCache cache)
        {
            return null;
        }

        ProviderProfile profile = plan.Judges[0];
        (ScoringJudge? judge, IReadOnlyList<string> problems) = await JudgeSetup.TryCreateAsync(profile, cache, ct);
        if (judge is null)
        {
            System.Console.WriteLine($"判定者 {profile.Id} は使えないため、判定者なしで採点します（{string.Join(" / ", problems)}）。");
            System.Console.WriteLine($"後から判定者で採点するには: gaieval score {runId} --judge {profile.Id}");
        }

        return judge;
    }

    /// <summary>
    /// Checks every provider before any call: one line per unusable one. Returns the providers to run and the plan to store
    /// (every provider, the unusable ones under <see cref="EvalPlan.Skipped"/> with why, so reports name them as not
    /// measured), or null when the run must not start. A provider the run skipped before is checked again: it runs when
    /// usable now, else stays skipped (it needs no --skip-unavailable a second time).
    /// </summary>
    private static async Task<ProviderSelection?> UsableProvidersAsync(ChatClientFactory factory, EvalPlan plan, bool skipUnavailable, CancellationToken ct)
    {
        IReadOnlyList<ProviderProblem> problems = await new ProviderPreflight(factory, EndpointProbe.Default).CheckAsync(plan.Providers, ct);
        foreach (ProviderProblem problem in problems)
        {
            System.Console.Error.WriteLine(problem.ToString());
        }

        Dictionary<string, string> unusable = problems
            .GroupBy(p => p.ProviderId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join(" / ", g.Select(p => p.Message)), StringComparer.Ordinal);
        List<ProviderProfile> usable = [.. plan.Providers.Where(p => !unusable.ContainsKey(p.Id))];
        foreach (string id in plan.Skipped.Keys.Where(id => !unusable.ContainsKey(id) && plan.Providers.Any(p => p.Id == id)))
        {
            System.Console.Error.WriteLine($"前回飛ばした提供先 {id} は使えるようになったため実行します。");
        }

        if (problems.Count == 0)
        {
            return new ProviderSelection(plan, plan);
        }

        bool onlySkippedBefore = unusable.Keys.All(plan.Skipped.ContainsKey);
        if ((!skipUnavailable && !onlySkippedBefore) || usable.Count == 0)
        {
            System.Console.Error.WriteLine(usable.Count == 0
                ? "使える提供先がありません。何も実行していません。"
                : "使えない提供先があるため実行していません。--skip-unavailable を付けると残りの提供先で実行します（飛ばした提供先は未測定としてレポートに残ります）。");
            return null;
        }

        System.Console.Error.WriteLine($"使えない提供先 {unusable.Count} 件を飛ばして実行します（レポートと gate では NOT MEASURED（未測定）、候補なら要追加検証）: {string.Join(", ", unusable.Keys)}");
        Dictionary<string, string> skipped = new(plan.Skipped, StringComparer.Ordinal);
        foreach ((string id, string why) in unusable)
        {
            skipped.TryAdd(id, why);
        }

        EvalPlan stored = plan with { Skipped = skipped };
        return new ProviderSelection(stored, stored with { Providers = usable });
    }

    /// <summary>How the calls ended, and the answers scored while they ran (null: none were scored then).</summary>
    private sealed record Calls(RunOutcome Outcome, IReadOnlySet<ResponseKey>? ScoredDuringCalls);

    /// <summary>The items of a run's calls, held until the calls take them.</summary>
    private sealed class CallItems(IReadOnlyList<GoldItem> items)
    {
        private IReadOnlyList<GoldItem>? items = items;

        public IReadOnlyList<GoldItem> Peek() => items ?? throw new InvalidOperationException("The items were taken already.");

        public IReadOnlyList<GoldItem> Take()
        {
            IReadOnlyList<GoldItem> taken = items ?? throw new InvalidOperationException("The items were taken already.");
            items = null;
            return taken;
        }
    }

    /// <summary>The plan stored with the run (every provider, the skipped ones named) and the plan the runner executes.</summary>
    private sealed record ProviderSelection(EvalPlan Stored, EvalPlan ToRun);

    /// <summary>What to run; a round (gaieval round run) also gives its inputs, is told the new run, and orders the items.</summary>
    internal sealed record RunRequest(string PlanPath, string? Database, string Output, string? ResumeId, bool SkipUnavailable)
    {
        /// <summary>Inputs already loaded (a round's plan with its submissions as providers); null reads <see cref="PlanPath"/>.</summary>
        public PlanInputs? Inputs { get; init; }

        /// <summary>Whether PLAN was given on the command line (with --resume it is compared with the stored plan, not used).</summary>
        public bool PlanNamed { get; init; }

        /// <summary>Told the run as soon as it is stored, before any call.</summary>
        public Action<RunInfo>? Created { get; init; }

        /// <summary>The order the calls are made in (the same for every provider); null keeps the stored order.</summary>
        public Func<IReadOnlyList<GoldItem>, IReadOnlyList<GoldItem>>? Order { get; init; }

        /// <summary>The command that resumes the run (a round resumes through gaieval round run).</summary>
        public Func<string, string> ResumeCommand { get; init; } = runId => ResumeHint.For(runId, Database, Output);

        public IReadOnlyList<GoldItem> Ordered(IReadOnlyList<GoldItem> items) => Order?.Invoke(items) ?? items;
    }
}
