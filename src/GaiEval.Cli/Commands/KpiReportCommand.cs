namespace GaiEval.Cli.Commands;

using System.CommandLine;
using System.Globalization;
using GaiEval.Cli.Console;
using GaiEval.Cli.Inputs;
using GaiEval.Core.Inputs;
using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Import;
using GaiEval.Core.Plans;
using GaiEval.Reporting.Kpi;
using GaiEval.Storage;
using GaiEval.Storage.Location;

/// <summary>
/// <c>gaieval kpi report [--plan FILE] [--from DAY] [--to DAY] [--eligible-staff FILE] [--db PATH] [--out DIR]</c>: the KPIs
/// from real use alone (kpi-report.html), for a manager who has no test run yet: of every stored import in the period, or of
/// the files a plan's <c>kpi:</c> block names (imported once per content) with its eligible staff, prices and assumptions.
/// </summary>
internal static class KpiReportCommand
{
    public const string NoData = "KPIのデータがありません。gaieval kpi import で取り込んでください";

    public static Command Create()
    {
        Option<string?> plan = new("--plan")
        {
            Description = "評価計画（YAML）。その kpi: が挙げるファイルを取り込んで（取り込み済みの内容は取り込み直しません）それだけを使い、" +
                "対象職員数・期間・帯の読み方・kpi.provider の単価・economics の人件費単価も計画のものを使います",
            HelpName = "FILE",
        };
        Option<string?> from = new("--from") { Description = "期間の初日（日本時間、この日を含む）。--plan の kpi.from より優先", HelpName = "yyyy-MM-dd" };
        Option<string?> to = new("--to") { Description = "期間の末日（日本時間、この日を含む）。--plan の kpi.to より優先", HelpName = "yyyy-MM-dd" };
        Option<string?> eligible = new("--eligible-staff")
        {
            Description = "所属ごとの対象職員数のCSV（見出し department,eligible）。利用者割合・回答率・全職員への換算の分母。--plan の kpi.eligible_staff より優先",
            HelpName = "FILE",
        };
        Option<string?> db = CommonOptions.Database();
        Option<string?> output = new("--out")
        {
            Description = "出力先のフォルダ。省略すると reports/kpi-<日時（yyyyMMdd-HHmmss）>/",
            HelpName = "DIR",
        };
        var command = new Command(
            "report",
            """
            実際の利用から測ったKPIだけのレポート（kpi-report.html、グラフつき）を書きます。評価の実行（gaieval run）がまだなくても使えます。
            --plan なし: データベースに取り込み済みのKPIファイル（gaieval kpi import）のうち、期間（--from〜--to）に入るものをすべて使います。
            --plan あり: 計画の kpi: が挙げるファイルを取り込んで（同じ内容は取り込み直しません）それだけを使い、対象職員数・期間・帯の読み方・単価・人件費単価も計画のものを使います。
            期間は日本時間の日で、両端の日を含みます。取り込んだデータがない、または期間内にないときは何も書かず終了コード 2 です。
            各数値には測り方・件数（n）・95%区間を添え、データのない指標は「未測定」と理由を示します（0 とは書きません）。
            削減時間は自己申告と実測を並べて示し、合算しません。人件費換算は浮いた時間の換算で、支払いが減る額ではありません。
            """)
        {
            plan, from, to, eligible, db, output,
        };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                var request = new KpiReportRequest(
                    parse.GetValue(plan),
                    Day(parse.GetValue(from), "--from"),
                    Day(parse.GetValue(to), "--to"),
                    parse.GetValue(eligible),
                    parse.GetValue(db),
                    parse.GetValue(output));
                return await WriteAsync(request, ct);
            }
            catch (InputException e)
            {
                return ErrorPrinter.BadInput(e);
            }
        });
        return command;
    }

    private static async Task<int> WriteAsync(KpiReportRequest request, CancellationToken ct)
    {
        if (request.From > request.To)
        {
            throw new InputException("コマンドライン", 0, "--to", $"--to（{request.To:yyyy-MM-dd}）は --from（{request.From:yyyy-MM-dd}）以降の日付にしてください");
        }

        IReadOnlyDictionary<string, int>? eligible = request.EligibleStaff is null ? null : EligibleStaffCsvReader.Read(request.EligibleStaff);
        EvalPlan? plan = request.Plan is null ? null : PlanLoader.Load(request.Plan);
        if (plan is { Kpi: null })
        {
            throw new InputException(plan.PlanFile, 0, "kpi", "この計画には kpi:（実利用データのファイル）がありません。kpi: を書くか、--plan を付けずに取り込み済みのデータで書いてください");
        }

        StoreLocation location = StoreOpener.Locate(request.Database);
        if (plan is null && location.Engine == StoreEngine.Sqlite && !File.Exists(location.Target))
        {
            System.Console.Error.WriteLine(NoData);
            return ExitCodes.BadInput;
        }

        await using IEvalStore store = await StoreOpener.OpenAsync(location, create: true, ct);
        KpiFindingsInputs inputs = plan is null
            ? await StoredInputsAsync(store, request, eligible, ct)
            : await PlanInputsAsync(store, plan, request, eligible, ct);
        if (inputs.Selection.ImportIds is [])
        {
            System.Console.Error.WriteLine(NoData);
            return ExitCodes.BadInput;
        }

        KpiFindings findings = await KpiFindingsLoader.LoadAsync(store, inputs, ct);
        if (!findings.HasSurvey && !findings.HasUsage && !findings.HasTimings)
        {
            System.Console.Error.WriteLine($"期間 {Period(inputs.Selection)} にKPIのデータがありません（職員アンケート・利用ログ・実測のいずれも）。--from・--to を確かめるか、gaieval kpi import で取り込んでください。何も書いていません。");
            return ExitCodes.BadInput;
        }

        string folder = Path.GetFullPath(request.Output
            ?? Path.Combine(CommonOptions.DefaultOutput, $"kpi-{DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}"));
        var writer = new KpiReportWriter();
        await writer.WriteAsync(findings, folder, ct);
        KpiConsoleSummary.Print(findings);
        System.Console.WriteLine($"期間: {Period(inputs.Selection)}（取り込み {findings.Sources.Count} 件: {string.Join("、", findings.Sources.Select(s => s.FileName))}）");
        System.Console.WriteLine($"KPIレポート（HTML）: {Path.Combine(folder, writer.FileName)}");
        return ExitCodes.Done;
    }

    /// <summary>Every stored import (an empty selection when there is none), the period and eligible staff of the command line.</summary>
    private static async Task<KpiFindingsInputs> StoredInputsAsync(
        IEvalStore store, KpiReportRequest request, IReadOnlyDictionary<string, int>? eligible, CancellationToken ct)
    {
        IReadOnlyList<StoredKpiImport> imports = await store.ListKpiImportsAsync(ct);
        return new KpiFindingsInputs
        {
            Selection = new KpiSelection(imports.Count == 0 ? [] : null, request.From, request.To),
            EligibleStaff = eligible ?? new Dictionary<string, int>(StringComparer.Ordinal),
        };
    }

    /// <summary>The plan's files imported, and the plan's settings with the command line's period and eligible staff over them.</summary>
    private static async Task<KpiFindingsInputs> PlanInputsAsync(
        IEvalStore store, EvalPlan plan, KpiReportRequest request, IReadOnlyDictionary<string, int>? eligible, CancellationToken ct)
    {
        KpiSettings kpi = plan.Kpi! with
        {
            From = request.From ?? plan.Kpi.From,
            To = request.To ?? plan.Kpi.To,
            EligibleStaff = eligible ?? plan.Kpi.EligibleStaff,
        };
        IReadOnlyList<StoredKpiImport> imports = await KpiFindingsForPlan.ImportAsync(
            store, StoreOpener.StaffKeyBase(store), kpi, System.Console.Out, ct, new KpiImportProgress(System.Console.Error));
        return KpiFindingsForPlan.Inputs(plan with { Kpi = kpi }, [.. imports.Select(i => i.ImportId).Distinct()]);
    }

    private static DateOnly? Day(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        return KpiDay.Parse(text) ?? throw new InputException("コマンドライン", 0, option, KpiDay.Wrong(option, text));
    }

    private static string Period(KpiSelection selection) =>
        selection.From is null && selection.To is null ? "全期間" : $"{selection.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}〜{selection.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    private sealed record KpiReportRequest(string? Plan, DateOnly? From, DateOnly? To, string? EligibleStaff, string? Database, string? Output);
}
