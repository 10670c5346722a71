namespace GaiEval.Cli.Commands;

using System.CommandLine;

/// <summary><c>gaieval probes import-aisev</c>: risk probes brought in from other formats.</summary>
internal static class ProbesCommand
{
    public static Command Create() => new("probes", "リスクのプローブ（risk を付けたテスト項目）を扱います。")
    {
        ProbesImportAisevCommand.Create(),
    };
}
