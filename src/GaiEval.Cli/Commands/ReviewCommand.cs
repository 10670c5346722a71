namespace GaiEval.Cli.Commands;

using System.CommandLine;

/// <summary><c>gaieval review export|import</c>: people grade the answers the automatic scoring cannot settle.</summary>
internal static class ReviewCommand
{
    public static Command Create() => new(
        "review",
        "自動採点では決まらない回答（採点待ち・規則で判定保留・判定不能・ルールと判定者の不一致）と較正用の無作為抽出を、職員が採点するシートに書き出し、" +
        "記入済みのシートを取り込みます。人の判定は正答率で自動の判定より優先されます。")
    {
        ReviewExportCommand.Create(),
        ReviewImportCommand.Create(),
    };
}
