namespace GaiEval.Cli.Commands;

using System.CommandLine;
using GaiEval.Cli.Console;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Rounds;

/// <summary><c>gaieval round verify COMMITMENT_JSON REVEAL_JSON TESTSET</c>: anyone's recomputation of a closed round's commitment.</summary>
internal static class RoundVerifyCommand
{
    private const int MismatchExitCode = ExitCodes.NoGo;

    public static Command Create()
    {
        Argument<string> commitmentFile = new("COMMITMENT_JSON") { Description = "回の前に公表された commitment.json" };
        Argument<string> revealFile = new("REVEAL_JSON") { Description = "回を閉じた後に公開された reveal.json" };
        Argument<string> testSetFile = new("TESTSET") { Description = RoundTestSets.ArgumentHelp };
        var command = new Command("verify", Description())
        {
            commitmentFile,
            revealFile,
            testSetFile,
        };
        command.SetAction(parse =>
        {
            try
            {
                return Verify(parse.GetValue(commitmentFile)!, parse.GetValue(revealFile)!, parse.GetValue(testSetFile)!);
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
            "閉じた回のコミットメントを、公開された reveal.json のソルトとテストセットから再計算し、回の前に公表された値と照合します（区の外の人も使えます）。",
            HiddenSetCommitment.Algorithm,
            "終了コード: 0 一致（非公開セットは公表の時から変わっていません） / 1 不一致 / 2 ファイルが読めない・項目が欠けている。",
        ]);

    private static int Verify(string commitmentFile, string revealFile, string testSetFile)
    {
        RoundCommitment commitment = RoundJsonFiles.ReadCommitment(commitmentFile);
        (RoundReveal reveal, byte[] salt) = RoundJsonFiles.ReadReveal(revealFile);
        TestSet testSet = RoundTestSets.Load(testSetFile);
        CommitmentCheck check = CommitmentCheck.Run(commitment, reveal, salt, testSet.Items);
        if (!check.Verified)
        {
            System.Console.WriteLine($"不一致: 回「{commitment.Round}」のコミットメントを、このテストセットから再現できません。");
            foreach (string mismatch in check.Mismatches)
            {
                System.Console.WriteLine($"  - {mismatch}");
            }

            return MismatchExitCode;
        }

        System.Console.WriteLine($"一致: 回「{commitment.Round}」の非公開項目 {check.CurrentHiddenItems} 件は、{commitment.CreatedAt:yyyy-MM-dd HH:mm:ss} UTC に公表されたコミットメントと同じです。");
        System.Console.WriteLine($"  コミットメント: {check.Recomputed}");
        return ExitCodes.Done;
    }
}
