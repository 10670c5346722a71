namespace GaiEval.Tests.Decision;

using System.Net;
using System.Net.Sockets;
using GaiEval.Core.Decision;
using GaiEval.Core.Plans;
using GaiEval.Tests.Support;

/// <summary>
/// Through the real CLI: a candidate that was skipped, withheld from every item or failed on every item is NOT MEASURED in
/// report.html, decision.md and the gate (exit 3, never 0); a skipped provider runs on --resume once usable; economics that
/// cannot be computed leave the accuracy criterion judged and the cost criterion NOT MEASURED.
/// </summary>
public sealed class NotMeasuredGateTests : IAsyncLifetime
{
    private const string KeyVariable = "GAIEVAL_TEST_NOT_MEASURED_KEY";
    private const string Criteria = "criteria:\n  - { metric: accuracy, op: \">=\", value: 0.3 }\n";

    private readonly TempFolder folder = new();
    private FakeOpenAiServer server = null!;

    private string Database => folder.File("results.db");

    public async Task InitializeAsync() => server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task An_unreachable_candidate_skipped_at_the_start_is_not_measured_in_the_reports_and_the_gate_exits_3()
    {
        int port = ClosedPort();
        string plan = WritePlan(MiniScenario.RetrievalProvider("base") + $"""
              - id: unreachable
                name: 接続できない候補
                method: on-prem
                adapter: openai
                endpoint: http://127.0.0.1:{port}/v1
                model: local-model
                candidate: true
            """);

        using CliProcess run = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", Database, "--out", folder.File("out"), "--skip-unavailable");
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        string runId = RunIdOf(run);

        string why = $"実行開始時に使えなかったため飛ばした（--skip-unavailable）: 127.0.0.1:{port} に接続できません";
        string conclusion = Conclusion(await File.ReadAllTextAsync(folder.File($"out/{runId}/report.html")));
        Assert.Contains("<span class=\"badge more\">要追加検証</span> 接続できない候補（導入候補）", conclusion, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"warn\">NOT MEASURED（未測定）: {why}", conclusion, StringComparison.Ordinal);
        Assert.Contains("<span class=\"badge ref\">参考</span> 候補外の提供先", conclusion, StringComparison.Ordinal);
        Assert.DoesNotContain("badge nogo", conclusion, StringComparison.Ordinal);
        string decision = await File.ReadAllTextAsync(folder.File($"out/{runId}/decision.md"));
        Assert.Contains($"> **NOT MEASURED（未測定）**: unreachable — {why}", decision, StringComparison.Ordinal);
        Assert.Contains($"NOT MEASURED（未測定） unreachable: {why}", run.Output, StringComparison.Ordinal);
        string summary = await File.ReadAllTextAsync(folder.File($"out/{runId}/summary.md"));
        Assert.Contains("- **NOT MEASURED（未測定）** `unreachable`: 実行開始時に使えなかったため飛ばした", summary, StringComparison.Ordinal);
        Assert.Contains("**候補の方式についての判定: 要追加検証**", decision, StringComparison.Ordinal);
        Assert.Contains("| unreachable | 要追加検証（NOT MEASURED） |", decision, StringComparison.Ordinal);

        using CliProcess gate = await GateAsync(runId);
        Assert.True(gate.ExitCode == 3, gate.Output + gate.Error);
        Assert.Contains($"総合判定: 要追加検証 — NOT MEASURED（未測定）: {why}", gate.Output, StringComparison.Ordinal);
        Assert.Contains("要追加検証の候補があります: unreachable（うち未測定: unreachable）（終了コード 3）", gate.Output, StringComparison.Ordinal);

        // The skipped provider is recorded as not measured; it does not hold the run open: its calls and scores are complete.
        Assert.DoesNotContain("この実行は完了していません", gate.Output, StringComparison.Ordinal);
        using CliProcess runs = await CliProcess.RunAsync(folder.Path, "runs", "--db", Database);
        string listed = Assert.Single(runs.Output.Split('\n'), line => line.Contains(runId, StringComparison.Ordinal));
        Assert.Contains("完了", listed, StringComparison.Ordinal);
        Assert.DoesNotContain("未完了", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_candidate_skipped_for_want_of_its_key_stays_skipped_on_resume_and_runs_once_the_key_is_there()
    {
        string plan = WritePlan(MiniScenario.RetrievalProvider("base") + $"""
              - id: keyed
                name: キーが要る候補
                method: cloud
                adapter: openai
                endpoint: {server.V1Endpoint}
                model: gpt-test
                api_key_env: {KeyVariable}
                candidate: true
            """);
        using CliProcess run = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", Database, "--out", folder.File("out"), "--skip-unavailable");
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        string runId = RunIdOf(run);

        using CliProcess stillSkipped = await CliProcess.RunAsync(folder.Path, "run", "--resume", runId, "--db", Database, "--out", folder.File("out"));
        Assert.True(stillSkipped.ExitCode == 0, stillSkipped.Output + stillSkipped.Error);
        Assert.Contains("提供先 keyed:", stillSkipped.Error, StringComparison.Ordinal);
        Assert.Equal(0, server.RequestCount);
        using (CliProcess gate = await GateAsync(runId))
        {
            Assert.True(gate.ExitCode == 3, gate.Output + gate.Error);
            Assert.Contains("NOT MEASURED（未測定）: 実行開始時に使えなかったため飛ばした（--skip-unavailable）: ", gate.Output, StringComparison.Ordinal);
            Assert.Contains(KeyVariable, gate.Output, StringComparison.Ordinal);
        }

        var key = new Dictionary<string, string> { [KeyVariable] = "sk-test" };
        using CliProcess resumed = await CliProcess.RunAsync(folder.Path, key, "run", "--resume", runId, "--db", Database, "--out", folder.File("out"));
        Assert.True(resumed.ExitCode == 0, resumed.Output + resumed.Error);
        Assert.Contains("前回飛ばした提供先 keyed は使えるようになったため実行します。", resumed.Error, StringComparison.Ordinal);
        Assert.Equal(3, server.RequestCount);
        using (CliProcess gate = await GateAsync(runId))
        {
            Assert.DoesNotContain("NOT MEASURED（未測定）", gate.Output, StringComparison.Ordinal);
            Assert.Contains("■ キーが要る候補 [keyed] 候補", gate.Output, StringComparison.Ordinal);
            Assert.Matches(@"正答率 \d\.\d{3} \[\d\.\d{3}, \d\.\d{3}\] ≥ 0\.3", gate.Output);
        }
    }

    [Fact]
    public async Task A_candidate_withheld_from_every_item_is_not_measured_and_the_gate_exits_3()
    {
        string strict = MiniScenario.RetrievalProvider("strict", "    candidate: true").Replace("clearance: confidential", "clearance: public", StringComparison.Ordinal);
        string plan = WritePlan(strict);
        folder.Write("items.jsonl", File.ReadAllText(folder.File("items.jsonl")).Replace("\"human_minutes\"", "\"sensitivity\":\"internal\",\"human_minutes\"", StringComparison.Ordinal));

        using CliProcess run = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", Database, "--out", folder.File("out"));
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        string runId = RunIdOf(run);

        using CliProcess gate = await GateAsync(runId);
        Assert.True(gate.ExitCode == 3, gate.Output + gate.Error);
        Assert.Contains("NOT MEASURED（未測定）: 全 3 件が取扱区分（clearance: public）を超える項目のため、1件も送っていない", gate.Output, StringComparison.Ordinal);
        Assert.Contains("（うち未測定: strict）（終了コード 3）", gate.Output, StringComparison.Ordinal);
        Assert.Contains("NOT MEASURED（未測定）: 全 3 件が取扱区分", Conclusion(await File.ReadAllTextAsync(folder.File($"out/{runId}/report.html"))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_candidate_that_failed_on_every_item_is_not_measured_rather_than_no_go_and_the_gate_exits_3()
    {
        server.Faults = _ => FakeOpenAiFault.Error(404, "The model `gpt-missing` does not exist");
        string plan = WritePlan($"""
              - id: broken
                name: 全問失敗する候補
                method: cloud
                adapter: openai
                endpoint: {server.V1Endpoint}
                model: gpt-missing
                limits: {"{"} retries: 0 {"}"}
                candidate: true
            """);
        File.AppendAllText(plan, "  - { metric: error_rate, op: \"<=\", value: 0.1 }\n");

        using CliProcess run = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", Database, "--out", folder.File("out"));
        Assert.True(run.ExitCode == 4, run.Output + run.Error);
        string runId = RunIdOf(run);

        using CliProcess gate = await GateAsync(runId);
        Assert.True(gate.ExitCode == 3, gate.Output + gate.Error);
        Assert.Contains("総合判定: 要追加検証 — NOT MEASURED（未測定）: 送った 3 件すべてが失敗した（エラー 3 件、タイムアウト 0 件）。例: ", gate.Output, StringComparison.Ordinal);
        Assert.Contains("gpt-missing", gate.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("総合判定: NO-GO", gate.Output, StringComparison.Ordinal);
        Assert.Contains("エラー・タイムアウト率 ≤ 0.1: 測定されていない（送った 3 件すべてが失敗した", gate.Output, StringComparison.Ordinal);
        string decision = await File.ReadAllTextAsync(folder.File($"out/{runId}/decision.md"));
        Assert.Contains("> **NOT MEASURED（未測定）**: broken — 送った 3 件すべてが失敗した", decision, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Economics_that_cannot_be_computed_leave_accuracy_judged_and_cost_not_measured_in_the_gate_and_the_reports()
    {
        ProviderProfile cloud = StoredRun.Provider("cloud") with
        {
            Candidate = true,
            Pricing = new Pricing { Currency = "USD", InputPer1M = 0.15, OutputPer1M = 0.6 },
        };
        EvalPlan plan = StoredRun.PlanOf(cloud) with
        {
            Economics = new Economics { HourlyCost = 4000, MonthlyVolume = new Dictionary<string, double> { ["住民票・戸籍"] = 1000 } },
            Criteria =
            [
                new Criterion { Metric = DecisionMetrics.Accuracy, Op = ">=", Value = 0.5 },
                new Criterion { Metric = DecisionMetrics.MonthlyCost, Op = "<=", Value = 100000 },
            ],
        };
        await using (StoredRun stored = await StoredRun.CreateAsync(folder, [.. Enumerable.Range(1, 30).Select(i => StoredRun.Item($"q{i}"))], plan))
        {
            for (int i = 1; i <= 30; i++)
            {
                stored.Answer($"q{i}", "cloud", "1通300円です。", correct: true, latencyMs: 5);
            }

            _ = await stored.SaveAsync();
        }

        string database = folder.File("stored.db");
        using (CliProcess gate = await CliProcess.RunAsync(folder.Path, "gate", StoredRun.RunId, "--db", database))
        {
            Assert.True(gate.ExitCode == 3, gate.Output + gate.Error);
            Assert.Contains("正答率 1.000 [0.886, 1.000] ≥ 0.5: 区間全体が基準を満たす", gate.Output, StringComparison.Ordinal);
            Assert.Contains("月額費用 ≤ 100,000 円/月: 測定できない（費用と削減時間を計算できない: 為替レートがありません: USD → JPY", gate.Output, StringComparison.Ordinal);
            Assert.Contains("総合判定: 要追加検証 — 必須の基準のうち未確定: 月額費用 ≤ 100,000 円/月（NOT MEASURED）", gate.Output, StringComparison.Ordinal);
        }

        using CliProcess report = await CliProcess.RunAsync(folder.Path, "report", StoredRun.RunId, "--db", database, "--out", folder.File("out"));
        Assert.True(report.ExitCode == 0, report.Output + report.Error);
        string conclusion = Conclusion(await File.ReadAllTextAsync(folder.File($"out/{StoredRun.RunId}/report.html")));
        Assert.Contains("<span class=\"badge more\">要追加検証</span> cloud の表示名（導入候補）", conclusion, StringComparison.Ordinal);
        Assert.Contains("PASS 達成", conclusion, StringComparison.Ordinal);
        Assert.Contains("為替レートがありません: USD → JPY", conclusion, StringComparison.Ordinal);
        string decision = await File.ReadAllTextAsync(folder.File($"out/{StoredRun.RunId}/decision.md"));
        Assert.Contains("**候補の方式についての判定: 要追加検証**", decision, StringComparison.Ordinal);
        Assert.Contains("| 正答率 ≥ 0.5 | 必須 | PASS（達成） |", decision, StringComparison.Ordinal);
        Assert.Contains("| 月額費用 ≤ 100,000 円/月 | 必須 | NOT MEASURED（月額費用 ≤ 100,000 円/月: 測定できない（費用と削減時間を計算できない: 為替レートがありません", decision, StringComparison.Ordinal);
    }

    private static string RunIdOf(CliProcess run)
    {
        string line = run.Output.Split('\n').First(l => l.StartsWith("実行ID: ", StringComparison.Ordinal));
        return line["実行ID: ".Length..].Split(' ')[0].Trim();
    }

    /// <summary>Section 1 (結論) of report.html.</summary>
    private static string Conclusion(string html)
    {
        int start = html.IndexOf("<section id=\"s1\">", StringComparison.Ordinal);
        int end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    /// <summary>A port nothing listens on: bound once to get a free number, then released.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private Task<CliProcess> GateAsync(string runId) => CliProcess.RunAsync(folder.Path, "gate", runId, "--db", Database);

    /// <summary>The mini scenario (3 items) with these providers and an accuracy criterion low enough for any answer to settle.</summary>
    private string WritePlan(string providers)
    {
        string plan = MiniScenario.Write(folder, 3, providers);
        File.AppendAllText(plan, "\n" + Criteria);
        return plan;
    }
}
