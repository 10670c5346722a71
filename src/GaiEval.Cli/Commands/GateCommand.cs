namespace GaiEval.Cli.Commands;

using System.CommandLine;
using GaiEval.Cli.Console;
using GaiEval.Cli.Inputs;
using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Statistics;
using GaiEval.Core.Decision;
using GaiEval.Core.Inputs;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Plans;
using GaiEval.Storage;

/// <summary>
/// <c>gaieval gate RUN_ID [--criteria FILE]</c>: judges every provider of a stored run against the criteria and exits
/// with the verdict on the candidates (0 GO, 1 NO-GO, 3 要追加検証, a candidate not measured, or no candidate at all).
/// </summary>
internal static class GateCommand
{
    /// <summary>Where the gate's figures come from.</summary>
    public static Func<RunResults, ICriterionMetrics> DefaultMetrics { get; } = results => new RunCriterionMetrics(results);

    /// <summary>The sample size that would settle an inconclusive criterion (<see cref="SettlingSampleSize.Wilson"/>).</summary>
    public static Func<Estimate, double, int?> DefaultSampleSizeToSettle { get; } = SettlingSampleSize.Wilson;

    public static Command Create() => Create(DefaultMetrics, DefaultSampleSizeToSettle);

    public static Command Create(Func<RunResults, ICriterionMetrics> metrics, Func<Estimate, double, int?> sampleSizeToSettle)
    {
        Argument<string> runId = CommonOptions.RunId();
        Option<string?> db = CommonOptions.Database();
        Option<string?> criteria = new("--criteria")
        {
            Description = "実行開始時に固定された基準の代わりに使う判定基準（計画と同じ形の criteria: を持つ YAML）。使うと結果に警告が出ます",
            HelpName = "FILE",
        };
        var command = new Command("gate", """
            保存済みの実行を判定基準（criteria）で判定し、提供先ごとに GO / NO-GO / 要追加検証 と理由を表示します。
            基準ごとに、95%区間全体が基準を満たせば PASS、全体が満たさなければ FAIL、またがれば INCONCLUSIVE（確定に必要な件数つき）。
            必須の基準がすべて PASS なら GO、1つでも FAIL なら NO-GO、それ以外は要追加検証。参考（required: false）の基準は表示だけで判定には使いません。
            判定するのは計画で candidate: true の提供先だけです。それ以外（ベースライン等）は参考として基準との比較を示します。
            飛ばした（--skip-unavailable）・全問が取扱区分外・全問が失敗した候補は NOT MEASURED（未測定）で、要追加検証になります。
            実利用の指標（satisfaction_top2、active_share、hours_saved_per_month など）の基準は、実行の計画の kpi: のファイル（職員アンケート・利用ログ・実測）から測り、kpi.provider の提供先についてだけ判定します。ほかの提供先では NOT MEASURED（未測定）です。
            終了コード: 0 候補（candidate: true）がすべて GO / 1 候補のいずれかが NO-GO / 2 入力の誤り / 3 NO-GO はないが要追加検証（未測定を含む）の候補がある、または候補が1つもない
            """)
        {
            runId, db, criteria,
        };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                await RunScoring.FinishAsync(parse.GetValue(db), parse.GetValue(runId)!, ct);
                GateDecision decision = await DecideAsync(
                    parse.GetValue(db), parse.GetValue(runId)!, parse.GetValue(criteria), metrics, sampleSizeToSettle, ct);
                System.Console.Write(GateTable.Render(decision));
                return ExitCodeOf(decision);
            }
            catch (InputException e)
            {
                return ErrorPrinter.BadInput(e);
            }
        });
        return command;
    }

    /// <summary>Loads the run and judges it against the criteria of <paramref name="criteriaFile"/>, or the run's own when null.</summary>
    public static async Task<GateDecision> DecideAsync(
        string? database,
        string runId,
        string? criteriaFile,
        Func<RunResults, ICriterionMetrics> metrics,
        Func<Estimate, double, int?> sampleSizeToSettle,
        CancellationToken ct)
    {
        IReadOnlyList<Criterion>? replacement = criteriaFile is null ? null : CriteriaFile.Load(criteriaFile);
        await using IEvalStore store = await StoreOpener.OpenExistingAsync(database, ct);
        _ = await store.FindRunAsync(runId, ct)
            ?? throw new InputException(store.Location, 0, "RUN_ID", $"実行ID {runId} はこのデータベースにありません（gaieval runs で一覧）。");
        RunResults results = await RunResults.LoadAsync(store, runId, ct);
        if ((replacement ?? results.Plan.Criteria).Count == 0)
        {
            throw new InputException(results.Plan.PlanFile, 0, "criteria", "この実行の計画には判定基準（criteria）がありません。--criteria FILE で判定基準を指定してください。");
        }

        // Criteria on KPI metrics are judged from the real use the run's plan names, for its kpi.provider only.
        KpiFindings? kpi = await KpiFindingsForPlan.LoadAsync(store, StoreOpener.StaffKeyBase(store), results.Plan, System.Console.Error, ct);
        return new GateJudge(new KpiCriterionMetrics(metrics(results), kpi), sampleSizeToSettle).Decide(results, replacement);
    }

    /// <summary>0 only when there are candidates and every one is GO; a gate with no candidate has judged nothing (3).</summary>
    public static int ExitCodeOf(GateDecision decision) => decision.CandidatesOutcome switch
    {
        OverallOutcome.Go => ExitCodes.Done,
        OverallOutcome.NoGo => ExitCodes.NoGo,
        _ => ExitCodes.Inconclusive,
    };
}
