namespace GaiEval.Tests.Cli;

using GaiEval.Tests.Support;

/// <summary>
/// Numbers outside what can be meant are bad input, exit 2, with a Japanese message naming the option or the file, line and
/// field and the allowed range; never a stack trace.
/// </summary>
public sealed class InputBoundsTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("--margin", "0.00001", "--margin: 0.00001 は使えません。0.001 以上 0.5 以下")]
    [InlineData("--margin", "0.6", "--margin: 0.6 は使えません。0.001 以上 0.5 以下")]
    [InlineData("--confidence", "0.9999", "--confidence: 0.9999 は使えません。0.5 以上 0.999 以下")]
    [InlineData("--confidence", "0.3", "--confidence: 0.3 は使えません。0.5 以上 0.999 以下")]
    [InlineData("--target", "0.999", "--target: 0.999 は使えません。0.01 以上 0.99 以下")]
    public async Task Plan_size_refuses_a_value_outside_its_range(string option, string value, string message)
    {
        var values = new Dictionary<string, string> { ["--target"] = "0.9", ["--margin"] = "0.05", [option] = value };
        string[] args = ["plan-size", .. values.SelectMany(pair => new[] { pair.Key, pair.Value })];

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, args);

        Assert.Equal(2, cli.ExitCode);
        Assert.Contains(message, cli.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", cli.Error + cli.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("必要な問題数", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_size_still_answers_at_the_edges_of_its_ranges()
    {
        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "plan-size", "--target", "0.5", "--margin", "0.001", "--confidence", "0.999");

        Assert.True(cli.ExitCode == 0, cli.Output + cli.Error);
        Assert.Matches(@"必要な問題数: [\d]+問", cli.Output);
    }

    [Fact]
    public async Task Collect_import_refuses_seconds_and_tokens_past_their_bounds_with_line_and_column()
    {
        ManualCollectionScenario scenario = await ManualCollectionScenario.CreateAsync(folder);
        string sheet = scenario.Sheet;
        SheetTable table = SheetTable.Load(sheet);
        Fill(table, "q001", "99999999999999999999", "100", "50");
        Fill(table, "q002", "86400", "10000001", "50");
        Fill(table, "q003", "30", "100", "50");
        table.Save(sheet, SheetTable.Utf8WithBom);

        using CliProcess import = await scenario.ImportAsync();

        Assert.Equal(2, import.ExitCode);
        Assert.Contains($"{sheet}:2: 所要秒数: 所要秒数は 0 以上 86,400（1日）以下の数値（秒）で書いてください", import.Error, StringComparison.Ordinal);
        Assert.Contains("（指定値: 「99999999999999999999」）", import.Error, StringComparison.Ordinal);
        Assert.Contains($"{sheet}:3: 入力トークン: 入力トークンは 0 以上 10,000,000 以下の整数で書いてください（指定値: 「10000001」）", import.Error, StringComparison.Ordinal);
        Assert.DoesNotContain($"{sheet}:3: 所要秒数", import.Error, StringComparison.Ordinal);
        Assert.Contains("入力に 2 件の誤りがあります", import.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("accuracy", ">=", "2", "accuracy（正答率）は 0 から 1 の比率です。85% なら 0.85 と書いてください（指定値: 2）")]
    [InlineData("accuracy", ">=", "0", "「>= 0」はどの結果でも満たされ、判定になりません。accuracy（正答率）は 0 から 1 の比率です")]
    [InlineData("error_rate", "<", "0", "「< 0」はどの結果でも満たされず、必ず不合格になります。")]
    [InlineData("trap_failure_rate", "<=", "1", "「<= 1」はどの結果でも満たされ、判定になりません。")]
    [InlineData("latency_p95_s", "<=", "-1", "latency_p95_s（応答時間（95パーセンタイル））は 0 以上の秒です（指定値: -1）")]
    [InlineData("monthly_cost", "<", "0", "「< 0」はどの結果でも満たされず、必ず不合格になります。monthly_cost（月額費用）は 0 以上の円/月です")]
    public async Task Gate_refuses_criteria_that_can_never_be_met_or_always_pass_naming_file_line_and_field(
        string metric, string op, string value, string message)
    {
        string plan = MiniScenario.Write(folder, 3, MiniScenario.RetrievalProvider("base"));
        string db = folder.File("results.db");
        using CliProcess run = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", db, "--out", folder.File("run-out"));
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        string runId = Path.GetFileName(Directory.GetDirectories(folder.File("run-out")).Single());
        string criteria = folder.Write("criteria.yaml", $"""
            criteria:
              - metric: {metric}
                op: "{op}"
                value: {value}
            """);

        using CliProcess gate = await CliProcess.RunAsync(folder.Path, "gate", runId, "--criteria", criteria, "--db", db);

        Assert.Equal(2, gate.ExitCode);
        Assert.Contains($"{criteria}:4: criteria[0].value: {message}", gate.Error, StringComparison.Ordinal);
    }

    private static void Fill(SheetTable table, string id, string seconds, string inputTokens, string outputTokens)
    {
        string[] row = table.Row((table.Header[0], id));
        row[table.Column("回答")] = "回答です。";
        row[table.Column("所要秒数")] = seconds;
        row[table.Column("収集者")] = "山田";
        row[table.Column("収集日")] = "2026-11-20";
        row[table.Column("入力トークン")] = inputTokens;
        row[table.Column("出力トークン")] = outputTokens;
    }
}
