using System.CommandLine;
using System.Text;
using GaiEval.Cli;
using GaiEval.Cli.Commands;
using GaiEval.Cli.Console;

Console.OutputEncoding = Encoding.UTF8;
ParserCulture.Use();

var root = new RootCommand("""
    GaiEval: 自治体の生成AI導入PoCのための評価ツール。
    正解付きテストセットを導入方式ごとの提供先に送り、正答率・トークン・応答時間を測って比較します。
    終了コード: 0 完了 / 1 判定NO-GO / 2 入力の誤り（何も書き込まない。コマンドの書き間違いを含む） / 3 判定保留（要追加検証） / 4 提供先で失敗した項目あり / 70 内部エラー（詳細は一時フォルダーの gaieval/internal-error-*.log。run は失敗として記録、再開可能） / 130 中断（再開可能）
    """)
{
    RunCommand.Create(),
    ValidateCommand.Create(),
    ScoreCommand.Create(),
    RunsCommand.Create(),
    CollectCommand.Create(),
    ReviewCommand.Create(),
    PlanSizeCommand.Create(),
    GateCommand.Create(),
    ReportCommand.Create(),
    KpiCommand.Create(),
    KbCommand.Create(),
    RoundCommand.Create(),
    ProbesCommand.Create(),
    DbCommand.Create(),
};

JapaneseHelp.Install(root);
ParseResult parsed = root.Parse(args);
if (parsed.Errors.Count > 0 || (parsed.Action is not JapaneseHelp && ParserMessages.HasOptionsTakenAsArguments(parsed)))
{
    // Wrong words on the command line are bad input (2), not the parser's default 1, which means NO-GO here.
    foreach (string line in ParserMessages.Of(parsed))
    {
        Console.Error.WriteLine(line);
    }

    return ExitCodes.BadInput;
}

try
{
    // Ctrl+C and SIGTERM are handled here, not by the parser: its handler would wait and then exit 143 (not 130) without the
    // resume hint. The parser's own handler would exit 1 (NO-GO here) on an unexpected error: let it reach the catch below (70).
    using StopSignal stop = StopSignal.Register();
    Task<int> invocation = parsed.InvokeAsync(
        new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false },
        stop.Token);
    if (await Task.WhenAny(invocation, stop.Overdue) != invocation)
    {
        Console.Error.WriteLine();
        Console.Error.WriteLine(StopSignal.OverdueMessage());
        return ExitCodes.Interrupted;
    }

    return await invocation;
}
catch (Exception e) when (StoreRefusal.Is(e))
{
    return StoreRefusal.Report(e);
}
catch (Exception e)
{
    return InternalErrorLog.Report(e);
}
