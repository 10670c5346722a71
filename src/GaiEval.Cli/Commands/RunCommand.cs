namespace GaiEval.Cli.Commands;

using System.CommandLine;
using GaiEval.Cli.Console;
using GaiEval.Cli.Inputs;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Reporting;
using GaiEval.Core.Results;
using GaiEval.Core.Running;
using GaiEval.Providers;
using GaiEval.Providers.Knowledge;
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
        Option<string> db = CommonOptions.Database();
        Option<string> output = CommonOptions.Output();
        Option<string?> resume = new("--resume")
        {
            Description = "中断・強制終了した実行を再開します（保存済みの呼び出しは繰り返しません。計画は実行開始時のものを使います）",
            HelpName = "RUN_ID",
        };
        var command = new Command("run", "テストセットを計画の提供先すべてに送り、採点して要約を書き出します。Ctrl+C で中断しても、終わった呼び出しは保存され --resume で再開できます。")
        {
            plan, db, output, resume,
        };
        command.SetAction((parse, ct) => InvokeAsync(
            parse.GetValue(plan)!, parse.GetValue(db)!, parse.GetValue(output)!, parse.GetValue(resume), ct));
        return command;
    }

    private static async Task<int> InvokeAsync(string planPath, string database, string output, string? resumeId, CancellationToken ct)
    {
        try
        {
            return resumeId is null
                ? await StartAsync(planPath, database, output, ct)
                : await ResumeAsync(resumeId, database, output, ct);
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

    private static async Task<int> StartAsync(string planPath, string database, string output, CancellationToken ct)
    {
        PlanInputs inputs = PlanInputs.Load(planPath);
        var factory = new ChatClientFactory(inputs.Knowledge);
        ValidateAdapters(factory, inputs.Plan);
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(database, ct);
        var runner = new EvalRunner(store, factory);
        RunInfo run = await runner.CreateRunAsync(inputs.Plan, inputs.TestSet, ct);
        return await ExecuteAsync(runner, store, run, inputs.Plan, inputs.TestSet.Items, output, ct);
    }

    private static async Task<int> ResumeAsync(string runId, string database, string output, CancellationToken ct)
    {
        await using SqliteResultStore store = await StoreOpener.OpenExistingAsync(database, ct);
        RunInfo run = await store.FindRunAsync(runId, ct)
            ?? throw new InputException(database, 0, "--resume", $"実行ID {runId} はこのデータベースにありません（gaieval runs で一覧）。");
        EvalPlan plan = PlanSnapshot.FromJson(run.PlanJson);
        KnowledgeBase? knowledge = PlanInputs.LoadKnowledge(plan.Knowledge);
        var factory = new ChatClientFactory(knowledge);
        ValidateAdapters(factory, plan);
        IReadOnlyList<GoldItem> items = await store.ReadItemsAsync(runId, ct);
        return await ExecuteAsync(new EvalRunner(store, factory), store, run, plan, items, output, ct);
    }

    private static async Task<int> ExecuteAsync(
        EvalRunner runner, IResultStore store, RunInfo run, EvalPlan plan, IReadOnlyList<GoldItem> items, string output, CancellationToken ct)
    {
        System.Console.WriteLine($"実行ID: {run.RunId}  計画: {plan.Name}");
        System.Console.WriteLine($"項目 {items.Count}問 × 提供先 {plan.Providers.Count} × 反復 {plan.Repeats}回");
        ConsoleProgress progress = ConsoleProgress.ForStandardError();
        RunOutcome outcome = await runner.ExecuteAsync(run, plan, items, progress, ct);
        progress.Complete();
        if (outcome.Interrupted)
        {
            System.Console.Error.WriteLine($"中断しました（今回 {outcome.Calls} 件を保存）。再開するには: gaieval run --resume {run.RunId}");
            return ExitCodes.Interrupted;
        }

        RunReport report = await ReportPublisher.ScoreAndPublishAsync(store, run.RunId, output, ct);
        if (report.Summary.FailedCalls > 0)
        {
            System.Console.Error.WriteLine($"提供先で失敗した呼び出しが {report.Summary.FailedCalls} 件あります（summary.md と results.csv を参照）。");
            return ExitCodes.ProviderFailures;
        }

        return ExitCodes.Done;
    }

    /// <summary>Builds every provider's pipeline before anything is written, so an unusable profile is bad input.</summary>
    private static void ValidateAdapters(ChatClientFactory factory, EvalPlan plan)
    {
        var errors = new List<InputError>();
        foreach (ProviderProfile profile in plan.Providers)
        {
            try
            {
                factory.Create(profile).Dispose();
            }
            catch (NotSupportedException e)
            {
                errors.Add(new InputError(plan.PlanFile, 0, $"providers[{profile.Id}].adapter", e.Message));
            }
        }

        if (errors.Count > 0)
        {
            throw new InputException(errors);
        }
    }
}
