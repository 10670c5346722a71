namespace GaiEval.Tests.Cli;

using GaiEval.Tests.Collection;
using GaiEval.Tests.Support;

/// <summary>
/// The whole flow of <see cref="FourMethodsScenario"/> through the real command, once for all its tests: run
/// (the three served candidates answer; the web service waits for its sheet), collect export, the sheet filled with the
/// web service's answers, collect import, and report of the stored run into <see cref="ReportFolder"/>.
/// </summary>
public sealed class FourMethodsRun : IAsyncLifetime
{
    private readonly List<CliProcess> commands = [];

    public TempFolder Folder { get; } = new();

    public FakeOpenAiServer Server { get; private set; } = null!;

    public string Plan { get; private set; } = null!;

    public string Database => Folder.File("results.db");

    public string RunId { get; private set; } = null!;

    public CliProcess Run { get; private set; } = null!;

    public CliProcess Export { get; private set; } = null!;

    public CliProcess Import { get; private set; } = null!;

    public CliProcess Report { get; private set; } = null!;

    /// <summary>The sheet as collect export wrote it, before it was filled.</summary>
    public SheetTable ExportedSheet { get; private set; } = null!;

    /// <summary>The final report: what <c>report RUN_ID</c> wrote after the import.</summary>
    public string ReportFolder => Folder.File("final", RunId);

    /// <summary>Everything the commands printed.</summary>
    public string Console => string.Concat(commands.Select(c => c.Output + c.Error));

    public async Task InitializeAsync()
    {
        Server = await FakeOpenAiServer.StartAsync();
        Server.Answer = FourMethodsScenario.Answer;
        Server.Usage = (1000, 500);
        Plan = FourMethodsScenario.Write(Folder, Server.V1Endpoint);

        Run = await CommandAsync("run", Plan, "--db", Database, "--out", Folder.File("run-out"));
        if (Run.ExitCode != 0)
        {
            throw new InvalidOperationException($"run exited {Run.ExitCode}: {Run.Output}{Run.Error}");
        }

        RunId = Directory.GetDirectories(Folder.File("run-out")).Select(Path.GetFileName).Single()!;

        string sheet = Folder.File("collect-web.csv");
        Export = await CommandAsync("collect", "export", Plan, "--provider", FourMethodsScenario.Web, "--out", sheet);
        ExportedSheet = SheetTable.Load(sheet);
        SheetTable filled = SheetTable.Load(sheet);
        foreach (FourMethodsScenario.Item item in FourMethodsScenario.Items.Where(i => ExportedSheet.Rows.Any(r => r[0] == i.Id)))
        {
            filled.Fill(item.Id, item.Right, "20", "山田", "2026-11-20");
        }

        filled.Save(sheet, SheetTable.Utf8WithBom);
        Import = await CommandAsync("collect", "import", sheet, "--run", RunId, "--provider", FourMethodsScenario.Web, "--db", Database, "--out", Folder.File("import-out"));
        Report = await CommandAsync("report", RunId, "--db", Database, "--out", Folder.File("final"));
    }

    public async Task DisposeAsync()
    {
        foreach (CliProcess command in commands)
        {
            command.Dispose();
        }

        await Server.DisposeAsync();
        Folder.Dispose();
    }

    public string ReportFile(string name) => Path.Combine(ReportFolder, name);

    private async Task<CliProcess> CommandAsync(params string[] args)
    {
        CliProcess command = await CliProcess.RunAsync(Folder.Path, FourMethodsScenario.Environment, args);
        commands.Add(command);
        return command;
    }
}
