namespace GaiEval.Cli.Console;

using Npgsql;

/// <summary>
/// PostgreSQL refused a table to the role that logged in (gaieval db roles): not a bug of GaiEval but a right the role lacks,
/// so one Japanese line and exit 2 instead of an internal error.
/// </summary>
internal static class StoreRefusal
{
    public static bool Is(Exception exception) => exception is PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege };

    public static int Report(Exception exception)
    {
        var refusal = (PostgresException)exception;
        System.Console.Error.WriteLine(
            $"PostgreSQL がこの役割には許されていない操作として拒みました（{refusal.MessageText}）。" +
            "ベンダーの役割（gaieval_vendor）は自社の回答・採点を SQL で読むだけ、管理職の役割（gaieval_manager）は読むだけです。" +
            "書き込む操作は gaieval_team の役割で実行してください（README「誰が何を見られるか」）。");
        return ExitCodes.BadInput;
    }
}
