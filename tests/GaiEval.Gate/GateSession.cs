namespace GaiEval.Gate;

using System.CommandLine;
using GaiEval.Cli;
using GaiEval.Cli.Commands;
using GaiEval.Core.Decision;
using GaiEval.Core.Inputs;
using GaiEval.Core.Results;
using GaiEval.Storage;

/// <summary>The gate's one judgement per test run: runs the configured plan once (or reads the stored run) and judges it as <c>gaieval gate</c> does.</summary>
internal static class GateSession
{
    private static readonly Lazy<IReadOnlyList<GateCase>> Judged =
        new(() => Task.Run(() => JudgeAsync(GateSettings.FromEnvironment())).GetAwaiter().GetResult());

    public static IReadOnlyList<GateCase> Cases => Judged.Value;

    public static async Task<IReadOnlyList<GateCase>> JudgeAsync(GateSettings settings)
    {
        if (!settings.IsConfigured)
        {
            return [GateCase.NotConfigured()];
        }

        if (settings.Plan is not null && settings.RunId is not null)
        {
            return [GateCase.Broken($"{GateSettings.PlanVariable} と {GateSettings.RunIdVariable} の両方が設定されています。どちらか一方にしてください。")];
        }

        try
        {
            (string database, string runId) = settings.Plan is { } plan ? await RunPlanAsync(plan, settings) : (settings.Database, settings.RunId!);
            GateDecision decision = await GateCommand.DecideAsync(
                database, runId, criteriaFile: null, GateCommand.DefaultMetrics, GateCommand.DefaultSampleSizeToSettle, CancellationToken.None);
            return GateCase.For(decision, database);
        }
        catch (InputException e)
        {
            return [GateCase.Broken(e.Message)];
        }
        catch (GateSetupException e)
        {
            return [GateCase.Broken(e.Message)];
        }
    }

    /// <summary>Runs the plan with <c>gaieval run</c> into the configured database, or a new one in the temp folder; returns the new run.</summary>
    private static async Task<(string Database, string RunId)> RunPlanAsync(string plan, GateSettings settings)
    {
        string database = settings.DatabaseGiven
            ? settings.Database
            : Path.Combine(Path.GetTempPath(), "gaieval-gate", $"{DateTime.Now:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}"[..24], "gaieval.db");
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);
        HashSet<string> before = [.. (await ListRunsAsync(database)).Select(r => r.RunId)];
        var text = new StringWriter();
        TextWriter log = TextWriter.Synchronized(text);
        (TextWriter output, TextWriter error) = (System.Console.Out, System.Console.Error);
        int code;
        System.Console.SetOut(log);
        System.Console.SetError(log);
        try
        {
            code = await new RootCommand { RunCommand.Create() }
                .Parse(["run", plan, "--db", database, "--out", Path.GetDirectoryName(database)!])
                .InvokeAsync();
        }
        finally
        {
            System.Console.SetOut(output);
            System.Console.SetError(error);
        }

        if (code is not (ExitCodes.Done or ExitCodes.ProviderFailures))
        {
            throw new GateSetupException($"gaieval run {plan} が終了コード {code} で終わりました。{Environment.NewLine}{text}");
        }

        RunInfo run = (await ListRunsAsync(database)).FirstOrDefault(r => !before.Contains(r.RunId))
            ?? throw new GateSetupException($"gaieval run {plan} は実行を保存しませんでした。{Environment.NewLine}{text}");
        return (database, run.RunId);
    }

    private static async Task<IReadOnlyList<RunInfo>> ListRunsAsync(string database)
    {
        if (!File.Exists(database))
        {
            return [];
        }

        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(database);
        return await store.ListRunsAsync();
    }
}
