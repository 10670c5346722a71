namespace GaiEval.Cli.Commands;

using System.CommandLine;
using System.Globalization;
using GaiEval.Cli.Console;
using GaiEval.Core.Inputs;
using GaiEval.Core.Kpi;
using GaiEval.Reporting.Text;
using GaiEval.Storage;

/// <summary><c>gaieval kpi list</c>: the imported KPI files, in the order imported.</summary>
internal static class KpiListCommand
{
    public static Command Create()
    {
        Option<string?> db = CommonOptions.Database();
        var command = new Command(
            "list",
            "取り込み済みのKPIファイルを取り込んだ順に一覧表示します。件数には評価ハーネス自身の呼び出しを含み、その件数を別の列に示します。期間は、" +
            "アンケートは回答期間（wave）、利用ログは最初と最後の日時（UTC）、実測は計測日です。")
        {
            db,
        };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                await using IEvalStore store = await StoreOpener.OpenExistingAsync(parse.GetValue(db), ct);
                var table = new TextTable(["ID", "種類", "ファイル", "対応表", "件数", "うちハーネス", "期間", "取り込み日時"], [true, false, false, false, true, true, false, false]);
                foreach (StoredKpiImport import in await store.ListKpiImportsAsync(ct))
                {
                    table.Add([
                        import.ImportId.ToString(CultureInfo.InvariantCulture),
                        KpiNames.Code(import.Kind),
                        import.FileName,
                        import.MappingFileName ?? string.Empty,
                        Numbers.Count(import.Rows),
                        Numbers.Count(import.HarnessRows),
                        KpiNames.Period(import),
                        import.ImportedAt.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    ]);
                }

                System.Console.Write(table.ToString());
                return ExitCodes.Done;
            }
            catch (InputException e)
            {
                return ErrorPrinter.BadInput(e);
            }
        });
        return command;
    }
}
