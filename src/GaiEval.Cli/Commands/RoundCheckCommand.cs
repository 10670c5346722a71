namespace GaiEval.Cli.Commands;

using System.CommandLine;
using GaiEval.Cli.Console;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Replay;
using GaiEval.Core.Rounds.Submissions;
using GaiEval.Reporting.Summary;

/// <summary><c>gaieval round check SUBMISSION --testset PLAN_OR_SET</c>: a vendor's submission checked before the round.</summary>
internal static class RoundCheckCommand
{
    public static Command Create()
    {
        Argument<string> submission = new("SUBMISSION") { Description = "応募フォルダ（submission.yaml のあるフォルダ）または submission.yaml" };
        Option<string> testSet = new("--testset")
        {
            Description = "回答ファイルの id を照合するテストセット: " + RoundTestSets.ArgumentHelp,
            Required = true,
        };
        var command = new Command("check", "ベンダーの応募（submission.yaml と answers.jsonl）を検査し、誤りをすべて「ファイル:行: 項目: 内容」で表示します。" +
            "回答ファイルは公開（public）項目だけに答えられます。終了コード: 0 問題なし / 2 誤りあり。")
        {
            submission,
            testSet,
        };
        command.SetAction(parse =>
        {
            try
            {
                return Check(parse.GetValue(submission)!, parse.GetValue(testSet)!);
            }
            catch (InputException e)
            {
                return ErrorPrinter.BadInput(e);
            }
        });
        return command;
    }

    private static int Check(string folder, string testSetFile)
    {
        Submission submission = SubmissionLoader.Load(folder);
        TestSet testSet = RoundTestSets.Load(testSetFile);
        System.Console.WriteLine($"応募: {submission.Vendor}「{submission.Product}」 モデル {submission.Model} {submission.ModelVersion}（{MethodNames.Japanese(submission.Method)}）");
        System.Console.WriteLine($"この応募の前に試した版: {submission.VariantsTried} / 誓約: {submission.Statement.SignedBy}（{submission.Statement.Date:yyyy-MM-dd}）");
        if (submission.AnswersFile is { } file)
        {
            IReadOnlyList<ReplayedAnswer> answers = SubmissionAnswersReader.Read(file, testSet.Items);
            HashSet<string> answered = [.. answers.Select(a => a.Id)];
            string[] unanswered = [.. testSet.Items.Where(i => i.Split == ItemSplit.Public && i.Sensitivity == Sensitivity.Public && !answered.Contains(i.Id)).Select(i => i.Id)];
            if (unanswered.Length > 0)
            {
                throw new InputException(file, 0, "id",
                    $"公開項目のうち {unanswered.Length} 問に回答がありません（{string.Join("、", unanswered.Take(5))}{(unanswered.Length > 5 ? " ほか" : string.Empty)}）。" +
                    "答えない項目があると正答率が高く見えるため、公開項目すべてに答えてください（回の公式実行も、このままでは始まりません）");
            }

            System.Console.WriteLine($"回答ファイル: 公開項目 {answers.Count}問すべてに回答");
        }
        else
        {
            System.Console.WriteLine($"接続先: {submission.Endpoint!.Adapter}（区が回ごとに1度、全応募で同じ設定で呼び出します）");
        }

        System.Console.WriteLine("問題なし");
        return ExitCodes.Done;
    }
}
