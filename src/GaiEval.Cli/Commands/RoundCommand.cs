namespace GaiEval.Cli.Commands;

using System.CommandLine;

/// <summary><c>gaieval round …</c>: a vendor round, from the commitment to the hidden set to the leaderboard.</summary>
internal static class RoundCommand
{
    public static Command Create() => new("round", "ベンダー評価の回を扱います（非公開項目のコミットメントの作成・照合・検証、公開項目の公開、応募の検査、公式実行、リーダーボードとフィードバック）。")
    {
        RoundOpenCommand.Create(),
        RoundPublishCommand.Create(),
        RoundCheckCommand.Create(),
        RoundRunCommand.Create(),
        RoundReportCommand.Create(),
        RoundCloseCommand.Create(),
        RoundVerifyCommand.Create(),
    };
}
