namespace GaiEval.Cli.Commands;

using System.CommandLine;

/// <summary><c>gaieval probes import-aisev</c>: risk probes brought in from other formats.</summary>
internal static class ProbesCommand
{
    public static Command Create() => new("probes", "リスク検査プローブ（risk を付けた問題集の項目）を扱います。")
    {
        ProbesImportAisevCommand.Create(),
    };
}
