namespace GaiEval.Cli.Commands;

using System.CommandLine;
using GaiEval.Cli.Console;
using GaiEval.Core.Inputs;
using GaiEval.Core.Rounds;

/// <summary><c>gaieval round report NAME [--dir DIR] [--db PATH]</c>: the round's leaderboard and one feedback file per submission.</summary>
internal static class RoundReportCommand
{
    public static Command Create()
    {
        Argument<string> name = new("NAME") { Description = "回の名前（round open の --round）" };
        Option<string> directory = RoundOptions.Folder();
        Option<string?> db = new("--db")
        {
            Description = "結果データベース（SQLite）のパス（既定: round-run.json に記録されたもの）",
            HelpName = "PATH",
        };
        var command = new Command("report", string.Join(
            Environment.NewLine,
            [
                "回の公式の実行（round-run.json）から、リーダーボードと応募ごとのフィードバックを書きます。提供先は呼び出さず、採点もし直しません。",
                "本番順位は接続先の応募の非公開項目の正答率（95% Wilson 区間）で、区間が重ならず、かつ対応のある検定（McNemar、Holm 補正）が有意な場合だけ差を付けます。それ以外は同順位です。",
                "DIR/NAME/vendor/leaderboard.md・leaderboard.html・feedback/<応募フォルダ名>.md（ベンダー向け。非公開・private 項目の本文は書きません）と DIR/NAME/ward/leaderboard.md（区用）を書きます。",
                "終了コード: 0 作成 / 2 入力の誤り（回・round-run.json・実行がない） / 70 ベンダー向けの文書に非公開項目の本文が入りかけた（何も書きません）。",
            ]))
        {
            name,
            directory,
            db,
        };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                RoundFolder folder = RoundFolder.For(parse.GetValue(directory)!, parse.GetValue(name)!);
                return await RoundReportPublisher.WriteAsync(folder, parse.GetValue(db), ct);
            }
            catch (InputException e)
            {
                return ErrorPrinter.BadInput(e);
            }
        });
        return command;
    }
}
