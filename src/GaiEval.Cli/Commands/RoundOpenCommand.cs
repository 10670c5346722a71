namespace GaiEval.Cli.Commands;

using System.CommandLine;
using GaiEval.Cli.Console;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Rounds;
using GaiEval.Core.Rounds.Exposure;

/// <summary>
/// <c>gaieval round open TESTSET_OR_PLAN --round NAME</c>: commits to the hidden items before a round. Writes the public
/// commitment.json and the ward's salt.secret, never over an existing round.
/// </summary>
internal static class RoundOpenCommand
{
    public static Command Create()
    {
        Argument<string> input = new("TESTSET_OR_PLAN") { Description = RoundTestSets.ArgumentHelp };
        Option<string> round = new("--round") { Description = "回の名前（フォルダ名になります。例: 2026-第1回）", HelpName = "NAME", Required = true };
        Option<string> output = RoundOptions.Folder();
        Option<bool> includeExposed = new("--include-exposed")
        {
            Description = "前の回でベンダーのエンドポイントに送った（公開済み: exposed）非公開項目も含めます（既定では除きます）",
        };
        var command = new Command("open", Description())
        {
            input,
            round,
            output,
            includeExposed,
        };
        command.SetAction(parse =>
        {
            try
            {
                return Open(parse.GetValue(input)!, RoundFolder.For(parse.GetValue(output)!, parse.GetValue(round)!), parse.GetValue(includeExposed));
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
            "回を始める前に、非公開項目（split: hidden）のコミットメントを作ります。",
            "DIR/NAME/commitment.json（公告に載せて公開するもの: SHA-256 の値・項目数・方式。ソルトも項目の本文も含みません）と",
            "DIR/NAME/salt.secret（区が保管する秘密のソルト。回を閉じるまで公開しないでください）を書きます。",
            "前の回（同じ DIR にある回）でベンダーのエンドポイントに送った非公開項目（各回の exposed.json）は既定で除き、その id を commitment.json の excluded_exposed に載せます。",
            HiddenSetCommitment.Algorithm,
            "終了コード: 0 作成 / 2 入力の誤り・非公開項目がない・同じ名前の回が既にある（上書きしません）。",
        ]);

    private static int Open(string input, RoundFolder folder, bool includeExposed)
    {
        TestSet testSet = RoundTestSets.Load(input);
        IReadOnlyList<(GoldItem Item, string Round)> exposed = ExposureRegistry.ExposedBefore(folder, testSet.Items);
        var draft = new RoundCommitment
        {
            Round = folder.Name,
            CreatedAt = RoundClock.Now(),
            Commitment = string.Empty,
            HiddenItems = 0,
            Testset = Path.GetRelativePath(folder.Path, testSet.Path),
            ExcludedExposed = includeExposed ? [] : [.. exposed.Select(e => e.Item.Id)],
        };
        IReadOnlyList<GoldItem> committed = draft.Committed(testSet.Items);
        int hidden = HiddenSetCommitment.HiddenItems(committed).Count;
        if (hidden == 0)
        {
            string why = exposed.Count > 0 && !includeExposed ? $"（前の回で公開済みの {exposed.Count} 件を除いた結果。含めるなら --include-exposed）" : string.Empty;
            throw new InputException(testSet.Path, 0, "split", $"split が hidden の項目が1件もありません{why}。コミットする非公開項目がないため、回を開けません");
        }

        if (File.Exists(folder.CommitmentFile) || File.Exists(folder.SaltFile) || File.Exists(folder.RevealFile))
        {
            throw Exists(folder);
        }

        byte[] salt = HiddenSetCommitment.NewSalt();
        RoundCommitment commitment = draft with { Commitment = HiddenSetCommitment.Commit(salt, committed), HiddenItems = hidden };
        Directory.CreateDirectory(folder.Path);
        try
        {
            RoundSaltFile.Write(folder.SaltFile, salt);
            RoundJsonFiles.WriteNew(folder.CommitmentFile, commitment);
        }
        catch (IOException) when (File.Exists(folder.SaltFile) || File.Exists(folder.CommitmentFile))
        {
            throw Exists(folder);
        }

        foreach ((GoldItem item, string round) in exposed)
        {
            System.Console.WriteLine(includeExposed
                ? $"注意: 非公開項目 {item.Id} は回「{round}」でエンドポイントに送った（公開済み）項目ですが、--include-exposed のため含めます。"
                : $"非公開項目 {item.Id} は回「{round}」でエンドポイントに送った（公開済み）ため、この回から除きます。");
        }

        System.Console.WriteLine($"回「{folder.Name}」を開きました。非公開項目 {hidden} 件のコミットメント（SHA-256）:");
        System.Console.WriteLine($"  {commitment.Commitment}");
        System.Console.WriteLine($"公告に載せて公開するファイル: {folder.CommitmentFile}");
        System.Console.WriteLine($"区が保管する秘密のソルト（回を閉じるまで公開しないでください）: {folder.SaltFile}");
        System.Console.WriteLine($"回の後、テストセットを変えずに gaieval round close {folder.Name} で閉じ、ソルトを公開してください。");
        return ExitCodes.Done;
    }

    private static InputException Exists(RoundFolder folder) => new(
        folder.Path, 0, "round", $"回「{folder.Name}」は既にあります。上書きしません（コミットメントを作り直すと公表した値と食い違います）。別の名前を付けてください");
}
