namespace GaiEval.Cli.Commands;

using System.CommandLine;

/// <summary><c>gaieval round …</c>: a vendor round, from the commitment to the hidden set to its check.</summary>
internal static class RoundCommand
{
    public static Command Create() => new("round", "ベンダー評価の回を扱います（非公開項目のコミットメントの作成・公開・検証、応募の検査、リーダーボードとフィードバック）。")
    {
        RoundOpenCommand.Create(),
        RoundCloseCommand.Create(),
        RoundVerifyCommand.Create(),
        RoundCheckCommand.Create(),
        RoundReportCommand.Create(),
    };
}
