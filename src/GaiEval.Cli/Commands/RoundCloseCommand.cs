namespace GaiEval.Cli.Commands;

using System.CommandLine;
using GaiEval.Cli.Console;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Rounds;
using GaiEval.Core.TestSets;

/// <summary>
/// <c>gaieval round close NAME</c>: checks the hidden set against the round's commitment and, only when it is unchanged,
/// writes reveal.json with the salt.
/// </summary>
internal static class RoundCloseCommand
{
    /// <summary>The hidden set changed since open: the round cannot be verified.</summary>
    private const int ChangedExitCode = ExitCodes.NoGo;

    public static Command Create()
    {
        Argument<string> name = new("NAME") { Description = "回の名前（round open の --round）" };
        Option<string> folder = RoundOptions.Folder();
        var command = new Command("close", Description())
        {
            name,
            folder,
        };
        command.SetAction(parse =>
        {
            try
            {
                return Close(RoundFolder.For(parse.GetValue(folder)!, parse.GetValue(name)!));
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
            "回を閉じます。回を開いた時のテストセットを読み直し、保管したソルトで非公開項目のコミットメントを再計算して、公表した値と照合します。",
            "一致すれば DIR/NAME/reveal.json（コミットメント・ソルト・非公開項目数・正規形の SHA-256）を書きます。公開すれば、誰でも gaieval round verify で確かめられます。",
            "一致しなければ、非公開セットが回の途中で変わったことを表示し、reveal.json は書きません（この回は検証できません）。",
            "終了コード: 0 一致（reveal.json を作成） / 1 非公開セットが変わった / 2 入力の誤り・回が見つからない・既に閉じている。",
        ]);

    private static int Close(RoundFolder folder)
    {
        if (!File.Exists(folder.CommitmentFile))
        {
            throw new InputException(folder.CommitmentFile, 0, "round", $"回「{folder.Name}」が見つかりません。gaieval round open で開いた回の名前と --dir を確認してください");
        }

        if (File.Exists(folder.RevealFile))
        {
            throw new InputException(folder.RevealFile, 0, "round", $"回「{folder.Name}」は既に閉じています。確かめるには gaieval round verify を使ってください");
        }

        RoundCommitment commitment = RoundJsonFiles.ReadCommitment(folder.CommitmentFile);
        byte[] salt = RoundSaltFile.Read(folder.SaltFile);
        TestSet testSet = TestSetLoader.Load(commitment.TestsetPath(folder.Path));
        CommitmentCheck check = CommitmentCheck.Run(commitment, salt, testSet.Items);
        if (!check.Verified)
        {
            return Changed(folder, commitment, check);
        }

        var reveal = new RoundReveal
        {
            Round = folder.Name,
            ClosedAt = RoundClock.Now(),
            Commitment = commitment.Commitment,
            Salt = Convert.ToHexStringLower(salt),
            HiddenItems = check.CurrentHiddenItems,
            CanonicalSha256 = HiddenSetCommitment.CanonicalHash(testSet.Items),
        };
        try
        {
            RoundJsonFiles.WriteNew(folder.RevealFile, reveal);
        }
        catch (IOException) when (File.Exists(folder.RevealFile))
        {
            throw new InputException(folder.RevealFile, 0, "round", $"回「{folder.Name}」は既に閉じています");
        }

        System.Console.WriteLine($"検証しました: 回「{folder.Name}」の非公開項目 {check.CurrentHiddenItems} 件は、回を開いた時と同じです。");
        System.Console.WriteLine($"  コミットメント: {commitment.Commitment}");
        System.Console.WriteLine($"  ソルト: {reveal.Salt}");
        System.Console.WriteLine($"  正規形の SHA-256: {reveal.CanonicalSha256}");
        System.Console.WriteLine($"公開するファイル: {folder.RevealFile}（commitment.json とともに。gaieval round verify で誰でも確かめられます）");
        return ExitCodes.Done;
    }

    private static int Changed(RoundFolder folder, RoundCommitment commitment, CommitmentCheck check)
    {
        System.Console.Error.WriteLine("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
        System.Console.Error.WriteLine($"!!! 検証できません: 回「{folder.Name}」の非公開セットは、回を開いた時（{commitment.CreatedAt:yyyy-MM-dd HH:mm:ss} UTC）から変わっています。");
        foreach (string mismatch in check.Mismatches)
        {
            System.Console.Error.WriteLine($"!!!   {mismatch}");
        }

        System.Console.Error.WriteLine($"!!! テストセット: {commitment.TestsetPath(folder.Path)}");
        System.Console.Error.WriteLine("!!! この回の結果は、公表したコミットメントで裏付けられません。reveal.json は書いていません（ソルトは公開していません）。");
        System.Console.Error.WriteLine("!!! 回を開いた時のテストセットに戻せるなら戻してから閉じ直し、戻せなければ回をやり直してください。");
        System.Console.Error.WriteLine("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
        return ChangedExitCode;
    }
}
