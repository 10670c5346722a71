namespace GaiEval.Tests.Support;

/// <summary>
/// A stored run with a public web service used by hand and its collection sheet exported through the real command,
/// ready for a test to fill the sheet and run <c>gaieval collect import</c>.
/// </summary>
public sealed class ManualCollectionScenario
{
    private const string ManualProvider = """
          - id: web
            name: 公開Webサービス
            method: web-service
            adapter: manual
            clearance: public

        """;

    private readonly TempFolder folder;

    private ManualCollectionScenario(TempFolder folder, string runId)
    {
        this.folder = folder;
        RunId = runId;
    }

    public string RunId { get; }

    public string Db => folder.File("results.db");

    public string Sheet => folder.File("collect-web.csv");

    /// <summary>Runs a three-item plan and exports the web service's sheet.</summary>
    public static async Task<ManualCollectionScenario> CreateAsync(TempFolder folder)
    {
        string plan = MiniScenario.Write(folder, 3, MiniScenario.RetrievalProvider("base") + ManualProvider);
        using CliProcess run = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", folder.File("results.db"), "--out", folder.File("run-out"));
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        var scenario = new ManualCollectionScenario(folder, Path.GetFileName(Directory.GetDirectories(folder.File("run-out")).Single()));
        using CliProcess export = await CliProcess.RunAsync(folder.Path, "collect", "export", plan, "--provider", "web", "--out", scenario.Sheet);
        Assert.True(export.ExitCode == 0, export.Output + export.Error);
        return scenario;
    }

    public Task<CliProcess> ImportAsync() =>
        CliProcess.RunAsync(folder.Path, "collect", "import", Sheet, "--run", RunId, "--provider", "web", "--db", Db, "--out", folder.File("out"));
}
