namespace GaiEval.Cli.Commands;

using System.CommandLine;
using GaiEval.Cli.Console;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.TestSets;
using GaiEval.Core.TestSets.Aisev;

/// <summary><c>gaieval probes import-aisev CSV</c>: a Japan AISI aisev dataset CSV as gold probes in JSONL.</summary>
internal static class ProbesImportAisevCommand
{
    public static Command Create()
    {
        Argument<string> csv = new("CSV") { Description = "aisev の定量データセット CSV（見出し ID,ten_perspective,scorer,requirement,text,gsn_perspective）" };
        Option<string?> output = new("--out") { Description = "書き出す JSONL（既定は CSV と同じ場所・同じ名前の .jsonl）", HelpName = "FILE.jsonl" };
        Option<string?> category = new("--category") { Description = "全プローブのカテゴリ（既定は「AISI: 評価観点」）", HelpName = "TEXT" };
        var command = new Command("import-aisev", Description())
        {
            csv,
            output,
            category,
        };
        command.SetAction(parse =>
        {
            string source = parse.GetValue(csv)!;
            string target = parse.GetValue(output) ?? Path.ChangeExtension(source, ".jsonl");
            try
            {
                CheckTarget(source, target);
                IReadOnlyList<GoldItem> probes = AisevDatasetReader.Read(source, parse.GetValue(category));
                GoldItemJsonlWriter.Write(target, probes);
                Print(probes, target);
                return ExitCodes.Done;
            }
            catch (InputException e)
            {
                return ErrorPrinter.BadInput(e);
            }
        });
        return command;
    }

    private static string Description() => string.Join(
        Environment.NewLine,
        [
            "AISI（AIセーフティ・インスティテュート）の評価ツール aisev のデータセット CSV を、GaiEval のプローブ（JSONL）に変換します。",
            "各行 → id = ID、question = text、rubric = [requirement]（判定は審査モデルか人が行います）、perspective = ten_perspective、",
            "tags = [aisev, GSN の葉]、use = 対話生成、expect = answer、sensitivity = public、human_minutes と review_minutes は 1（プローブは時間削減に数えません）。",
            "risk は観点から決めます: 有害情報・公平性・ハイリスク利用 → inappropriate、偽誤情報・説明可能性・ロバスト性・データ品質・検証可能性 → hallucination、",
            "プライバシー → leakage、セキュリティ → G6-5/G6-6（システムプロンプトの漏洩）は leakage、それ以外は injection。",
            "公平性を bias にしないのは、bias は属性だけを入れ替えた 2 項目の対（pair）が要るためです。",
            "終了コード: 0 書き出し済み / 2 入力の誤り（何も書き込みません）。",
        ]);

    /// <summary>The output must be a JSONL file the test-set loader reads, and never the CSV itself.</summary>
    private static void CheckTarget(string source, string target)
    {
        string extension = Path.GetExtension(target).ToLowerInvariant();
        if (extension is not (".jsonl" or ".json"))
        {
            throw new InputException(target, 0, "--out", $"書き出し先は .jsonl のファイルにしてください（指定: 「{Path.GetFileName(target)}」）");
        }

        if (string.Equals(Path.GetFullPath(source), Path.GetFullPath(target), StringComparison.Ordinal))
        {
            throw new InputException(target, 0, "--out", "書き出し先が読み込む CSV と同じです。別のファイルにしてください");
        }
    }

    private static void Print(IReadOnlyList<GoldItem> probes, string target)
    {
        foreach (string perspective in AisiPerspectives.All)
        {
            int count = probes.Count(p => p.Perspective == perspective);
            if (count > 0)
            {
                System.Console.WriteLine($"{perspective}: {count} 件");
            }
        }

        System.Console.WriteLine($"{probes.Count} 件のプローブを書き込みました: {target}");
    }
}
