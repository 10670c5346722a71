namespace GaiEval.Tests.Cli;

using System.Text.RegularExpressions;
using GaiEval.Tests.Support;

/// <summary>The README's web-chat example works as written, on the sample as shipped.</summary>
public sealed partial class SampleWebChatPlanTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_readme_collect_export_command_writes_the_sheet_and_the_plan_runs_and_imports_it()
    {
        Match example = ReadmeExport().Match(File.ReadAllText(Path.Combine(RepositoryPaths.Root(), "README.md")));
        Assert.True(example.Success, "README has no `gaieval collect export … --provider web-chat` example");
        string[] args = example.Groups["args"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        CopyFolder(Path.Combine(RepositoryPaths.Root(), "testsets"), folder.File("testsets"));

        using CliProcess export = await CliProcess.RunAsync(folder.Path, ["collect", "export", .. args]);

        Assert.True(export.ExitCode == 0, export.Output + export.Error);
        string sheetPath = folder.File("reports", "collect-web-chat.csv");
        SheetTable sheet = SheetTable.Load(sheetPath);
        Assert.NotEmpty(sheet.Rows);

        // The rest of the README's steps: a run of that plan, then the filled sheet imported into it.
        using CliProcess run = await CliProcess.RunAsync(folder.Path, "run", args[0]);
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        string runId = Regex.Match(run.Output, @"実行ID: (\S+)").Groups[1].Value;
        int answer = sheet.Column("回答");
        foreach (string[] row in sheet.Rows.Take(5))
        {
            row[answer] = "窓口でお尋ねください。";
            row[sheet.Column("所要秒数")] = "30";
            row[sheet.Column("収集者")] = "山田";
            row[sheet.Column("収集日")] = "2026-12-01";
        }

        sheet.Save(sheetPath, SheetTable.Utf8WithBom);
        using CliProcess import = await CliProcess.RunAsync(folder.Path, "collect", "import", sheetPath, "--run", runId, "--provider", "web-chat");
        Assert.True(import.ExitCode == 0, import.Output + import.Error);
        Assert.Contains("提供先 web-chat の回答 5件", import.Output, StringComparison.Ordinal);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (string file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex(@"gaieval collect export (?<args>\S+ --provider web-chat)")]
    private static partial Regex ReadmeExport();
}
