namespace GaiEval.Tests.Cli;

using System.Net;
using GaiEval.Tests.Support;

/// <summary>
/// gaieval validate and run on deployment profiles: a web service on the internet that may train on its inputs may be
/// cleared above public only with a stated reason (then the report prints it), and one-off costs need a contract term.
/// </summary>
public sealed class DeploymentValidationTests : IDisposable
{
    private const string Reason = "契約で学習利用を停止済み（オプトアウト 2026-09）<b>&";

    // MiniScenario's plan lists the providers from line 5; after the baseline's 6 lines the second provider starts at line 11.
    private const string WebService = """
          - id: web
            name: 公開Webサービス
            method: web-service
            adapter: manual
            clearance: confidential
            deployment:
              network: internet
              training_use: true

        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_training_internet_web_service_cleared_for_confidential_fails_validate_and_run_at_its_clearance_line()
    {
        string plan = MiniScenario.Write(folder, 3, MiniScenario.RetrievalProvider("base") + WebService);

        using CliProcess validate = await CliProcess.RunAsync(folder.Path, "validate", plan);
        using CliProcess run = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", folder.File("results.db"), "--out", folder.File("out"));

        Assert.True(validate.ExitCode == 2, validate.Output + validate.Error);
        Assert.True(validate.Error.Contains($"{plan}:15: providers[1].clearance: ", StringComparison.Ordinal), validate.Error);
        Assert.Contains("送れるのは public の項目だけです", validate.Error, StringComparison.Ordinal);
        Assert.Contains("clearance_reason", validate.Error, StringComparison.Ordinal);
        Assert.True(run.ExitCode == 2, run.Output + run.Error);
        Assert.True(run.Error.Contains($"{plan}:15: providers[1].clearance: ", StringComparison.Ordinal), run.Error);
        Assert.False(File.Exists(folder.File("results.db")), "a bad plan writes nothing");
        Assert.False(Directory.Exists(folder.File("out")), "a bad plan writes nothing");
    }

    [Fact]
    public async Task With_a_stated_reason_the_same_plan_validates_runs_and_the_report_shows_the_reason_escaped()
    {
        string plan = MiniScenario.Write(folder, 3, MiniScenario.RetrievalProvider("base") + WebService + $"      clearance_reason: \"{Reason}\"\n");

        using CliProcess validate = await CliProcess.RunAsync(folder.Path, "validate", plan);
        using CliProcess run = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", folder.File("results.db"), "--out", folder.File("out"));

        Assert.True(validate.ExitCode == 0, validate.Output + validate.Error);
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        string runId = Directory.GetDirectories(folder.File("out")).Select(Path.GetFileName).Single()!;
        string html = await File.ReadAllTextAsync(folder.File("out", runId, "report.html"));
        Assert.Contains($"（この区分まで送ってよいとした理由: {WebUtility.HtmlEncode(Reason)}）", html, StringComparison.Ordinal);
        Assert.Contains("契約で学習利用を停止済み（オプトアウト 2026-09）&lt;b&gt;&amp;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>&", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_one_off_cost_without_a_contract_term_fails_validate_at_the_one_off_line()
    {
        string plan = MiniScenario.Write(folder, 3, MiniScenario.RetrievalProvider("base") + """
              - id: onprem
                name: オンプレミス
                method: on-prem
                adapter: manual
                clearance: confidential
                pricing: { currency: JPY, monthly_fixed: 150000 }
                deployment:
                  network: closed
                  one_off: { initial: 500000, development: 0, data_preparation: 0 }

            """);

        using CliProcess validate = await CliProcess.RunAsync(folder.Path, "validate", plan);

        Assert.True(validate.ExitCode == 2, validate.Output + validate.Error);
        Assert.True(validate.Error.Contains($"{plan}:19: providers[1].deployment.one_off: ", StringComparison.Ordinal), validate.Error);
        Assert.Contains("contract_months", validate.Error, StringComparison.Ordinal);
        Assert.Contains("入力に 1 件の誤りがあります", validate.Error, StringComparison.Ordinal);
    }
}
