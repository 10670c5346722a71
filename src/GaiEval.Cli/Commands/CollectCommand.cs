namespace GaiEval.Cli.Commands;

using System.CommandLine;

/// <summary><c>gaieval collect export|import</c>: answers of a manual provider, collected by staff on a sheet.</summary>
internal static class CollectCommand
{
    public static Command Create() => new(
        "collect",
        "ブラウザーでしか使えないWebサービス（adapter: manual の提供先）の回答を、職員が記入するシートで集めて取り込みます。")
    {
        CollectExportCommand.Create(),
        CollectImportCommand.Create(),
    };
}
