namespace GaiEval.Cli.Commands;

using System.CommandLine;

/// <summary><c>gaieval kb lint</c>: checks of the knowledge base itself.</summary>
internal static class KbCommand
{
    public static Command Create() => new("kb", "ナレッジ（RAG に使う Markdown 文書のフォルダ）を扱います。")
    {
        KbLintCommand.Create(),
    };
}
