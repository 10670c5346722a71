namespace GaiEval.Cli.Commands;

using System.CommandLine;
using GaiEval.Cli.Console;
using GaiEval.Cli.Inputs;
using GaiEval.Core.Collection;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Reporting.Csv;

/// <summary><c>gaieval collect export PLAN --provider ID</c>: writes the sheet staff fill in with a manual provider's answers.</summary>
internal static class CollectExportCommand
{
    public static Command Create()
    {
        Argument<string> plan = new("PLAN") { Description = "評価計画（YAML）" };
        Option<string> provider = new("--provider") { Description = "回答を集める提供先のID（adapter: manual）", HelpName = "ID", Required = true };
        Option<string?> output = new("--out")
        {
            Description = "シートの出力先（既定: reports/collect-<提供先ID>.csv）",
            HelpName = "FILE",
        };
        Option<bool> force = new("--force") { Description = "同じ名前のシートがあっても上書きします（記入済みの回答は失われます）" };
        var command = new Command(
            "export",
            "提供先に送れる項目ごとに「貼り付ける文章」を並べた記入用シート（CSV、UTF-8 BOM付き、Excelで開けます）を書き出します。" +
            "職員は文章をそのままWebサービスに貼り付け、回答・所要秒数・収集者・収集日を記入します。機密区分が提供先の clearance を超える項目は載せません。")
        {
            plan, provider, output, force,
        };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                return await ExportAsync(parse.GetValue(plan)!, parse.GetValue(provider)!, parse.GetValue(output), parse.GetValue(force), ct);
            }
            catch (InputException e)
            {
                return ErrorPrinter.BadInput(e);
            }
        });
        return command;
    }

    private static async Task<int> ExportAsync(string planPath, string providerId, string? output, bool force, CancellationToken ct)
    {
        PlanInputs inputs = PlanInputs.Load(planPath);
        var errors = new List<InputError>();
        ProviderProfile? profile = ManualProviders.Find(inputs.Plan, providerId, errors);
        string path = output ?? Path.Combine(CommonOptions.DefaultOutput, $"collect-{providerId}.csv");
        if (File.Exists(path) && !force)
        {
            errors.Add(new InputError(path, 0, "--out", "このシートはすでにあります。記入済みの回答を消さないよう、別の --out を指定するか、上書きしてよければ --force を付けてください"));
        }

        GoldItem[] sendable = profile is null ? [] : [.. inputs.AllItems.Where(item => ClearancePolicy.MayReceive(profile, item.Sensitivity))];
        if (profile is not null && sendable.Length == 0)
        {
            errors.Add(new InputError(inputs.Plan.PlanFile, 0, "--provider", $"提供先「{profile.Id}」（clearance: {Name(ClearancePolicy.Ceiling(profile))}）に送れる項目が 1 つもありません"));
        }

        if (profile is null || errors.Count > 0)
        {
            throw new InputException(errors);
        }

        await CollectionSheetWriter.WriteAsync(path, sendable.Select(item => CollectionSheetRow.For(item, item.IsProbe ? inputs.Plan.Risk.ProbeSystemPrompt(profile.SystemPrompt) : profile.SystemPrompt)), CsvFormulaGuard.Neutralize, ct);
        PrintDone(Path.GetFullPath(path), profile, sendable.Length, [.. inputs.AllItems.Where(item => !ClearancePolicy.MayReceive(profile, item.Sensitivity))]);
        return ExitCodes.Done;
    }

    private static void PrintDone(string path, ProviderProfile profile, int rows, IReadOnlyList<GoldItem> leftOut)
    {
        System.Console.WriteLine($"記入用シートを書き出しました: {path}（{rows}問）");
        if (leftOut.Count > 0)
        {
            string bySensitivity = string.Join("、", leftOut.GroupBy(item => item.Sensitivity).OrderBy(g => g.Key).Select(g => $"{Name(g.Key)} {g.Count()}問"));
            System.Console.WriteLine(
                $"機密区分が {Name(ClearancePolicy.Ceiling(profile))} を超える {leftOut.Count}問（{bySensitivity}）は、提供先 {profile.Id} に送れないため載せていません。" +
                "取り込むと「送信対象外」として記録されます。");
        }

        System.Console.WriteLine(
            $"「{CollectionSheet.TextToPaste}」をそのまま {profile.Name} に貼り付け、{string.Join("・", CollectionSheet.StaffColumns)}（{CollectionSheet.DateFormat}）を記入してください。");
        System.Console.WriteLine($"取り込み: gaieval collect import \"{path}\" --run <実行ID> --provider {profile.Id}");
    }

    private static string Name(Sensitivity sensitivity) => SensitivityNames.Name(sensitivity);
}
