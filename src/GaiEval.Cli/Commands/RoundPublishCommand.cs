namespace GaiEval.Cli.Commands;

using System.CommandLine;
using GaiEval.Cli.Console;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Rounds;
using GaiEval.Core.Rounds.Exposure;
using GaiEval.Core.Rounds.Contamination;
using GaiEval.Core.Rounds.Publishing;

/// <summary>
/// <c>gaieval round publish NAME --testset PLAN_OR_SET</c>: writes the round's public items, marked with its canary, for
/// vendors to practise on. Hidden and private items never reach the published folder.
/// </summary>
internal static class RoundPublishCommand
{
    public static Command Create()
    {
        Argument<string> name = new("NAME") { Description = "回の名前（round open の --round）" };
        Option<string> testSet = new("--testset")
        {
            Description = "回を開いた時のテストセット: " + RoundTestSets.ArgumentHelp,
            Required = true,
        };
        Option<string> folder = RoundOptions.Folder();
        var command = new Command("publish", Description())
        {
            name,
            testSet,
            folder,
        };
        command.SetAction(parse =>
        {
            try
            {
                return Publish(RoundFolder.For(parse.GetValue(folder)!, parse.GetValue(name)!), parse.GetValue(testSet)!);
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
            "回の公開（split: public）項目を、ベンダーが練習に使えるように DIR/NAME/public/ に書きます。",
            $"{PublicSetWriter.TestSetName}（テストセット形式。非公開・private の項目は本文も件数も含みません）と {PublicSetWriter.ReadmeName}（説明・コミットメント・応募のしかた）です。",
            "各項目の模範解答の末尾と tags に、回の識別子（カナリア）を入れます。識別子は初回に DIR/NAME/canary.json に作り、2回目からは同じものを使います。",
            "テストセットの非公開項目は、回を開いた時のコミットメントと照合します（別のテストセットからは公開しません）。",
            "公開項目に sensitivity が internal・confidential のものがあれば公開しません。",
            "終了コード: 0 作成 / 2 入力の誤り・回が開かれていない・テストセットが回のものと違う・公開項目がない・公開できない項目がある。",
        ]);

    private static int Publish(RoundFolder folder, string testSetFile)
    {
        if (!File.Exists(folder.CommitmentFile))
        {
            throw new InputException(folder.CommitmentFile, 0, "round", $"回「{folder.Name}」は開かれていません。先に gaieval round open で回を開いてください（--dir も確認してください）");
        }

        RoundCommitment commitment = RoundJsonFiles.ReadCommitment(folder.CommitmentFile);
        byte[] salt = RoundSaltFile.Read(folder.SaltFile);
        TestSet testSet = RoundTestSets.Load(testSetFile);
        CheckIsTheRoundsSet(folder, commitment, salt, testSet);
        PublicationCheck.ThrowIfUnpublishable(testSet);

        (RoundCanary canary, bool created) = RoundCanaryFile.ReadOrCreate(folder);
        PublishedSet published = PublicSetWriter.Write(folder, testSet.Items, canary, commitment);
        RoundExposure.Published(folder.Name, testSet.Items).AddTo(folder);
        System.Console.WriteLine($"回「{folder.Name}」の公開項目 {published.Items} 問を書きました: {published.TestSetFile}");
        System.Console.WriteLine($"説明: {published.ReadmeFile}");
        System.Console.WriteLine(created
            ? $"識別子（カナリア）を作りました: {canary.Canary}（{folder.CanaryFile}）"
            : $"識別子（カナリア）は前回と同じです: {canary.Canary}（{folder.CanaryFile}）");
        System.Console.WriteLine($"ベンダーに渡すのは {folder.PublicFolder} の中身だけです（非公開・private の項目は含みません）。");
        return ExitCodes.Done;
    }

    /// <summary>Publishing from another set could make public what the round holds hidden: its hidden items must match the commitment.</summary>
    private static void CheckIsTheRoundsSet(RoundFolder folder, RoundCommitment commitment, byte[] salt, TestSet testSet)
    {
        CommitmentCheck check = CommitmentCheck.Run(commitment, salt, testSet.Items);
        if (!check.Verified)
        {
            throw new InputException([.. check.Mismatches.Select(mismatch => new InputError(
                testSet.Path, 0, "testset", $"回「{folder.Name}」を開いた時のテストセットと違います（{mismatch}）。回を開いた時のテストセットを指定してください"))]);
        }
    }
}
