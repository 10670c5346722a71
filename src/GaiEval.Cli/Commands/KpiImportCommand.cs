namespace GaiEval.Cli.Commands;

using System.CommandLine;
using GaiEval.Cli.Console;
using GaiEval.Cli.Inputs;
using GaiEval.Core.Inputs;
using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Import;
using GaiEval.Reporting.Text;
using GaiEval.Storage;

/// <summary>
/// <c>gaieval kpi import survey|usage|timing FILE [--mapping FILE] [--db PATH]</c>: checks a KPI file whole and stores it
/// in one transaction, or nothing when any row is wrong.
/// </summary>
internal static class KpiImportCommand
{
    public static Command Create()
    {
        Argument<string> kind = new("KIND") { Description = "ファイルの種類: survey（職員アンケート）・usage（利用ログ）・timing（業務時間の実測）" };
        kind.AcceptOnlyFromAmong("survey", "usage", "timing");
        Argument<string> file = new("FILE") { Description = "取り込むCSV（UTF-8 または Excel が保存した Shift_JIS）" };
        Option<string?> mapping = new("--mapping")
        {
            Description = "書き出しの列見出しと回答の選択肢を正規の項目に対応づける対応表（YAML）。CSVが正規の見出しなら不要",
            HelpName = "FILE",
        };
        Option<string?> db = CommonOptions.Database();
        var command = new Command(
            "import",
            """
            KPIのファイルを検査し、誤りがなければ 1 つのトランザクションで保存します。誤りはすべて「ファイル:行: 列: 内容」で表示し、そのときは何も保存しません（終了コード 2）。
            正規の列見出し（CSVの1行目）:
              survey: wave, respondent（職員番号）, department, used, satisfaction（1〜5）, continue_intent（1〜5）, recommend（0〜10）, uses_per_week, minutes_saved_per_use, uses, comment
              usage:  timestamp, user（職員番号）, department, input_tokens, output_tokens, model, use, feedback（good/bad）, source（user/harness）
              timing: task, category, use, staff（職員番号）, minutes_without, minutes_with（確認を含む）, date
            Forms・LoGoフォーム・利用ログの書き出しをそのまま使うときは --mapping で対応表を指定します（kind:、columns: 正規の項目: 列見出し、values: 選択肢: 値、timestamp_format:、time_zone:）。
            職員番号はデータベースの横の秘密鍵ファイル（<db>.staff-key、初回に作成）で仮名化して保存します。この鍵を失うと以後の取り込みと照合できないため、データベースと一緒にバックアップしてください。
            同じ内容のファイルは二度取り込みません（何も保存せず終了コード 0）。大きな利用ログは 10 万行ごとに読んだ行数を表示します。期間が取り込み済みのファイルと重なるときは警告して取り込みます。
            評価ハーネス自身の呼び出し（source: harness）は利用者に数えず、件数を別に示します。
            """)
        {
            kind, file, mapping, db,
        };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                return await ImportAsync(KindOf(parse.GetValue(kind)!), parse.GetValue(file)!, parse.GetValue(mapping), parse.GetValue(db), ct);
            }
            catch (InputException e)
            {
                return ErrorPrinter.BadInput(e);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                System.Console.Error.WriteLine("中断しました。このファイルは何も保存していません。もう一度取り込んでください。");
                return ExitCodes.Interrupted;
            }
        });
        return command;
    }

    private static KpiKind KindOf(string text) => text switch
    {
        "survey" => KpiKind.Survey,
        "usage" => KpiKind.Usage,
        _ => KpiKind.Timing,
    };

    private static async Task<int> ImportAsync(KpiKind kind, string path, string? mappingPath, string? database, CancellationToken ct)
    {
        if (!File.Exists(path))
        {
            throw new InputException(path, 0, "FILE", "ファイルが見つかりません。パスを確認してください");
        }

        KpiMapping? mapping = mappingPath is null ? null : KpiMappingReader.Load(mappingPath);
        await using IEvalStore store = await StoreOpener.OpenAsync(database, ct);
        var importer = new KpiImporter(store, StoreOpener.StaffKeyBase(store), new KpiImportProgress(System.Console.Error));
        KpiImportOutcome outcome = await importer.ImportAsync(kind, path, mapping, ct);
        if (outcome.AlreadyStored)
        {
            StoredKpiImport earlier = outcome.Import;
            System.Console.WriteLine(
                $"取り込み済みです: {Path.GetFileName(path)} は {earlier.ImportedAt.ToLocalTime():yyyy-MM-dd HH:mm} に取り込んだ{KpiKindNames.Japanese(kind)} {earlier.FileName}（{Numbers.Count(earlier.Rows)}件）と同じ内容のため、何も保存していません。");
            return ExitCodes.Done;
        }

        foreach (StoredKpiImport other in outcome.Overlapping)
        {
            System.Console.Error.WriteLine(
                $"警告: 期間 {KpiNames.Period(outcome.Import)} が取り込み済みの {other.FileName}（期間 {KpiNames.Period(other)}）と重なっています。同じデータを二重に取り込んでいないか確認してください。");
        }

        System.Console.WriteLine(Stored(outcome.Import));
        return ExitCodes.Done;
    }

    private static string Stored(StoredKpiImport stored)
    {
        string harness = stored.Kind == KpiKind.Usage
            ? $"（うち評価ハーネス自身の呼び出し {Numbers.Count(stored.HarnessRows)}件は利用者に数えません）"
            : string.Empty;
        return $"取り込みました: {stored.FileName}（{KpiKindNames.Japanese(stored.Kind)}）{Numbers.Count(stored.Rows)}件{harness}、期間 {KpiNames.Period(stored)}";
    }

}
