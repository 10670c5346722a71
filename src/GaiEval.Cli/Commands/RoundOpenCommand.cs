namespace GaiEval.Cli.Commands;

using System.CommandLine;
using GaiEval.Cli.Console;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Rounds;

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
        var command = new Command("open", Description())
        {
            input,
            round,
            output,
        };
        command.SetAction(parse =>
        {
            try
            {
                return Open(parse.GetValue(input)!, RoundFolder.For(parse.GetValue(output)!, parse.GetValue(round)!));
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
            HiddenSetCommitment.Algorithm,
            "終了コード: 0 作成 / 2 入力の誤り・非公開項目がない・同じ名前の回が既にある（上書きしません）。",
        ]);

    private static int Open(string input, RoundFolder folder)
    {
        TestSet testSet = RoundTestSets.Load(input);
        int hidden = HiddenSetCommitment.HiddenItems(testSet.Items).Count;
        if (hidden == 0)
        {
            throw new InputException(testSet.Path, 0, "split", "split が hidden の項目が1件もありません。コミットする非公開項目がないため、回を開けません");
        }

        if (File.Exists(folder.CommitmentFile) || File.Exists(folder.SaltFile) || File.Exists(folder.RevealFile))
        {
            throw Exists(folder);
        }

        byte[] salt = HiddenSetCommitment.NewSalt();
        var commitment = new RoundCommitment
        {
            Round = folder.Name,
            CreatedAt = RoundClock.Now(),
            Commitment = HiddenSetCommitment.Commit(salt, testSet.Items),
            HiddenItems = hidden,
            Testset = testSet.Path,
        };
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
