namespace GaiEval.Tests.Decision;

using System.Globalization;
using System.Text;
using GaiEval.Tests.Support;

/// <summary>
/// Two stored runs of built-in retrieval providers, made once with the real CLI. The gold set is built so that the
/// verdicts do not depend on what the retrieval finds, only on its answering the one question it can (印鑑登録):
/// 30 public items are correct for any answer (their only rule is a word no passage holds, under must_not_include) and
/// 10 internal items are wrong for any answer (they must include that word).
/// "open" (clearance confidential) answers all 40: 30/40, Wilson [0.598, 0.858]; "strict" (clearance public) is sent
/// only the 30 public ones: 30/30, Wilson [0.886, 1]. The first run's plan marks both as candidates and fixes
/// accuracy ≥ 0.5; the second marks neither and has no criteria.
/// </summary>
public sealed class GateScenario : IAsyncLifetime
{
    private const string Absent = "該当なし語";

    public TempFolder Folder { get; } = new();

    public string Database => Folder.File("results.db");

    public string CandidatesRunId { get; private set; } = string.Empty;

    public string BaselinesRunId { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        string strict = MiniScenario.RetrievalProvider("strict", "    candidate: true").Replace("clearance: confidential", "clearance: public", StringComparison.Ordinal);
        string plan = MiniScenario.Write(Folder, 0, MiniScenario.RetrievalProvider("open", "    candidate: true") + "\n" + strict);
        Folder.Write("items.jsonl", Items());
        File.AppendAllText(plan, "\ncriteria:\n  - { metric: accuracy, op: \">=\", value: 0.5, why: 半分は正しく答える }\n");
        string baselines = Folder.Write("baselines.yaml", File.ReadAllText(plan)
            .Replace("candidate: true", "candidate: false", StringComparison.Ordinal)
            .Split("criteria:")[0]);
        CandidatesRunId = await RunAsync(plan);
        BaselinesRunId = await RunAsync(baselines);
    }

    public Task DisposeAsync()
    {
        Folder.Dispose();
        return Task.CompletedTask;
    }

    public string Criteria(string name, string yaml) => Folder.Write(name, yaml);

    public Task<CliProcess> GateAsync(params string[] args) => CliProcess.RunAsync(Folder.Path, ["gate", .. args, "--db", Database]);

    private async Task<string> RunAsync(string plan)
    {
        using CliProcess run = await CliProcess.RunAsync(Folder.Path, "run", plan, "--db", Database, "--out", Folder.File("out"));
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        string line = run.Output.Split('\n').First(l => l.StartsWith("実行ID: ", StringComparison.Ordinal));
        return line["実行ID: ".Length..].Split(' ')[0].Trim();
    }

    private static string Items()
    {
        var lines = new StringBuilder();
        for (int i = 1; i <= 40; i++)
        {
            (string rule, string sensitivity) = i <= 30
                ? ($$"""
                     "must_not_include":["{{Absent}}"]
                     """, "public")
                : ($$"""
                     "must_include":[["{{Absent}}"]]
                     """, "internal");
            lines.AppendLine(CultureInfo.InvariantCulture, $$"""{"id":"q{{i:000}}","category":"住民票・戸籍","use":"対話生成","question":"印鑑登録に必要なものは何ですか。","reference":"印鑑と本人確認書類です。",{{rule}},"sensitivity":"{{sensitivity}}","human_minutes":5,"review_minutes":1}""");
        }

        return lines.ToString();
    }
}
