namespace GaiEval.Tests.Cli;

using GaiEval.Core.Results;
using GaiEval.Providers.Tokens;
using GaiEval.Storage;
using GaiEval.Tests.Collection;
using GaiEval.Tests.Storage;
using GaiEval.Tests.Support;

/// <summary>
/// gaieval collect export and import through the real command: a plan with the built-in baseline and a public web
/// service used by hand (clearance public), over three public items and one internal item.
/// </summary>
public sealed class CollectCommandTests : IDisposable
{
    private const string SystemPrompt = "あなたは区役所の窓口職員です。";

    private const string ManualProvider = $"""
          - id: web
            name: 公開Webサービス
            method: web-service
            adapter: manual
            clearance: public
            system_prompt: {SystemPrompt}

        """;

    private const string InternalItem =
        """{"id":"q004","category":"住民票・戸籍","use":"情報抽出・要約","question":"職員向けの手順を要約してください。","must_include":[["300円"]],"sensitivity":"internal","human_minutes":5,"review_minutes":1}""";

    private readonly TempFolder folder = new();
    private readonly string plan;
    private readonly string db;

    public CollectCommandTests()
    {
        plan = MiniScenario.Write(folder, 3, MiniScenario.RetrievalProvider("base") + ManualProvider);
        File.AppendAllText(folder.File("items.jsonl"), InternalItem + "\n");
        db = folder.File("results.db");
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Export_writes_a_row_per_public_item_with_the_text_to_paste_and_leaves_out_the_internal_item()
    {
        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "collect", "export", plan, "--provider", "web");

        Assert.True(cli.ExitCode == 0, cli.Output + cli.Error);
        string sheet = folder.File("reports", "collect-web.csv");
        Assert.Contains(sheet, cli.Output, StringComparison.Ordinal);
        Assert.Contains("internal 1問", cli.Output, StringComparison.Ordinal);
        Assert.Equal([0xEF, 0xBB, 0xBF], (await File.ReadAllBytesAsync(sheet))[..3]);
        SheetTable table = SheetTable.Load(sheet);
        Assert.Equal(["項目ID", "業務分野", "用途", "貼り付ける文章", "回答", "所要秒数", "収集者", "収集日", "モデル名・版", "入力トークン", "出力トークン"], table.Header);
        Assert.Equal(["q001", "q002", "q003"], table.Rows.Select(r => r[0]));
        Assert.Equal(
            ["q001", "住民票・戸籍", "対話生成", $"{SystemPrompt}\n\n住民票の受付時間を教えてください。", "", "", "", "", "", "", ""],
            table.Rows[0]);
    }

    [Fact]
    public async Task Export_refuses_to_overwrite_a_sheet_unless_forced()
    {
        string sheet = folder.Write("filled.csv", "項目ID,回答\nq001,記入済みの回答\n");

        using CliProcess refused = await CliProcess.RunAsync(folder.Path, "collect", "export", plan, "--provider", "web", "--out", sheet);
        string kept = await File.ReadAllTextAsync(sheet);
        using CliProcess forced = await CliProcess.RunAsync(folder.Path, "collect", "export", plan, "--provider", "web", "--out", sheet, "--force");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains($"{sheet}:0: --out:", refused.Error, StringComparison.Ordinal);
        Assert.Contains("記入済みの回答", kept, StringComparison.Ordinal);
        Assert.True(forced.ExitCode == 0, forced.Output + forced.Error);
        Assert.Equal(3, SheetTable.Load(sheet).Rows.Count);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("cp932")]
    public async Task A_filled_sheet_is_imported_and_the_summary_scores_the_manual_provider(string encoding)
    {
        string runId = await RunAsync();
        string sheet = await ExportAsync();
        SheetTable.Load(sheet)
            .Fill("q001", "平日8時30分から17時15分までです。", "12.5", "山田", "2026/11/20")
            .Fill("q002", "登録する印鑑と本人確認書類が必要です。", "８", "山田", "2026-11-20")
            .Fill("q003", "1通300円です。", "30", "鈴木", "2026-11-21")
            .Save(sheet, encoding == "cp932" ? SheetTable.ShiftJis : SheetTable.Utf8WithBom);

        using CliProcess cli = await ImportAsync(sheet, runId);

        Assert.True(cli.ExitCode == 0, cli.Output + cli.Error);
        Assert.Contains("回答 3件", cli.Output, StringComparison.Ordinal);
        string row = Assert.Single(cli.Output.Split('\n'), l => l.StartsWith("web ", StringComparison.Ordinal));
        Assert.Contains("100.0% [", row, StringComparison.Ordinal);
        string summary = await File.ReadAllTextAsync(Path.Combine(folder.File("out"), runId, "summary.md"));
        Assert.Contains("| web | Webサービス | 3 | 100.0% [", summary, StringComparison.Ordinal);

        Dictionary<string, ResponseRecord> web = await WebResponsesAsync(runId);
        Assert.Equal(["q001", "q002", "q003", "q004"], web.Keys.Order());
        Assert.Equal(ResponseStatus.Withheld, web["q004"].Status);
        ResponseRecord first = web["q001"];
        Assert.Equal((ResponseStatus.Ok, "平日8時30分から17時15分までです。", 12500.0, 12500.0), (first.Status, first.Text, first.LatencyMs, first.TotalMs));
        Assert.Equal(8000.0, web["q002"].LatencyMs);
        TokenEstimator o200k = TokenEstimator.For("o200k_base");
        Assert.Equal(o200k.CountTokens(SystemPrompt) + o200k.CountTokens("住民票の受付時間を教えてください。"), first.InputTokens);
        Assert.Equal(o200k.CountTokens(first.Text), first.OutputTokens);
        Assert.Equal((TokenSource.Estimated, "o200k_base", "manual", 1), (first.TokenSource, first.Tokenizer, first.Model, first.Attempts));
        var midnight = new DateTime(2026, 11, 20, 0, 0, 0, DateTimeKind.Unspecified);
        Assert.Equal(new DateTimeOffset(midnight, TimeZoneInfo.Local.GetUtcOffset(midnight)), first.StartedAt);
    }

    [Fact]
    public async Task Every_bad_row_is_reported_with_its_line_and_nothing_is_stored()
    {
        string runId = await RunAsync();
        string sheet = await ExportAsync();

        // Each exported row spans three lines (system prompt, blank line, question): rows start at lines 2, 5 and 8.
        SheetTable.Load(sheet)
            .Fill("q001", "", "5", "山田", "2026-11-20")
            .Fill("q002", "答え", "5分", "山田", "2026-11-20")
            .Fill("q003", "答え", "5", "山田", "2026-11-31")
            .Add(("項目ID", "q003"), ("回答", "もう一度"), ("所要秒数", "5"), ("収集日", "2026-11-20"))
            .Add(("項目ID", "q404"), ("回答", "答え"), ("所要秒数", "5"), ("収集日", "2026-11-20"))
            .Add(("項目ID", "q004"), ("回答", "送ってはいけない答え"), ("所要秒数", "5"), ("収集日", "2026-11-20"))
            .Save(sheet, SheetTable.Utf8WithBom);

        using CliProcess cli = await ImportAsync(sheet, runId);

        Assert.Equal(2, cli.ExitCode);
        string[] expected =
        [
            $"{sheet}:2: 回答: 回答が空です",
            $"{sheet}:5: 所要秒数: 所要秒数は 0 以上 86,400（1日）以下の数値",
            $"{sheet}:8: 収集日: 収集日は yyyy-MM-dd",
            $"{sheet}:11: 項目ID: 項目IDが重複しています（最初は 8 行目）",
            $"{sheet}:12: 項目ID: 実行 {runId} にない項目です",
            $"{sheet}:13: 項目ID: 機密区分 internal の項目です",
        ];
        string[] errors = [.. cli.Error.Split('\n').Where(l => l.StartsWith(sheet, StringComparison.Ordinal))];
        Assert.Equal(expected.Length, errors.Length);
        Assert.All(expected.Zip(errors), pair => Assert.StartsWith(pair.First, pair.Second, StringComparison.Ordinal));
        Assert.Contains("入力に 6 件の誤りがあります", cli.Error, StringComparison.Ordinal);
        Assert.Empty(await WebResponsesAsync(runId));
        Assert.False(Directory.Exists(folder.File("out", runId)), "no report may be rewritten");
    }

    [Fact]
    public async Task A_sheet_without_the_answer_column_is_refused()
    {
        string runId = await RunAsync();
        string sheet = await ExportAsync();
        SheetTable.Load(sheet).Fill("q001", "答え", "5", "山田", "2026-11-20").WithoutColumn("回答").Save(sheet, SheetTable.Utf8WithBom);

        using CliProcess cli = await ImportAsync(sheet, runId);

        Assert.Equal(2, cli.ExitCode);
        Assert.Contains($"{sheet}:1: 回答: 列「回答」がありません", cli.Error, StringComparison.Ordinal);
        Assert.Empty(await WebResponsesAsync(runId));
    }

    [Fact]
    public async Task A_provider_that_is_not_a_manual_provider_of_the_run_is_refused_by_export_and_import()
    {
        string runId = await RunAsync();
        string sheet = await ExportAsync();
        SheetTable.Load(sheet).Fill("q001", "答え", "5", "山田", "2026-11-20").Save(sheet, SheetTable.Utf8WithBom);

        using CliProcess export = await CliProcess.RunAsync(folder.Path, "collect", "export", plan, "--provider", "base", "--out", folder.File("base.csv"));
        using CliProcess import = await ImportAsync(sheet, runId, provider: "base");
        using CliProcess unknown = await ImportAsync(sheet, runId, provider: "webb");

        Assert.Equal((2, 2, 2), (export.ExitCode, import.ExitCode, unknown.ExitCode));
        Assert.Contains("--provider: 提供先「base」のアダプターは builtin-retrieval です", export.Error, StringComparison.Ordinal);
        Assert.Contains("--provider: 提供先「base」のアダプターは builtin-retrieval です", import.Error, StringComparison.Ordinal);
        Assert.Contains("提供先「webb」はありません。adapter: manual の提供先: web", unknown.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("base.csv")));
        Assert.Empty(await WebResponsesAsync(runId));
    }

    [Fact]
    public async Task Batches_import_what_is_filled_and_a_second_import_of_the_same_rows_is_refused()
    {
        string runId = await RunAsync();
        string sheet = await ExportAsync();
        SheetTable exported = SheetTable.Load(sheet);
        string firstBatch = exported.Fill("q001", "8時30分からです。", "10", "山田", "2026-11-20").Save(folder.File("batch1.csv"), SheetTable.Utf8WithBom);

        using CliProcess first = await ImportAsync(firstBatch, runId);
        using CliProcess again = await ImportAsync(firstBatch, runId);

        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        Assert.Contains("未記入の 2行", first.Output, StringComparison.Ordinal);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains($"{firstBatch}:2: 項目ID: 提供先 web のこの項目はすでに取り込み済みです", again.Error, StringComparison.Ordinal);
        Assert.Equal(["q001", "q004"], (await WebResponsesAsync(runId)).Keys.Order());

        string secondBatch = SheetTable.Load(firstBatch).Remove("q001")
            .Fill("q002", "本人確認書類です。", "20", "山田", "2026-11-21")
            .Fill("q003", "300円です。", "15", "山田", "2026-11-21")
            .Save(folder.File("batch2.csv"), SheetTable.ShiftJis);
        using CliProcess second = await ImportAsync(secondBatch, runId);

        Assert.True(second.ExitCode == 0, second.Output + second.Error);
        Dictionary<string, ResponseRecord> web = await WebResponsesAsync(runId);
        Assert.Equal(["q001", "q002", "q003", "q004"], web.Keys.Order());
        Assert.Equal("8時30分からです。", web["q001"].Text);
    }

    [Fact]
    public async Task A_sheet_that_fails_to_store_in_the_middle_leaves_none_of_its_answers()
    {
        string runId = await RunAsync();
        string sheet = await ExportAsync();
        SheetTable.Load(sheet)
            .Fill("q001", "8時30分からです。", "10", "山田", "2026-11-20")
            .Fill("q002", "本人確認書類です。", "20", "山田", "2026-11-20")
            .Fill("q003", "300円です。", "15", "山田", "2026-11-20")
            .Save(sheet, SheetTable.Utf8WithBom);

        // A storage fault on the third answer, after two were written in the same import.
        await RawDatabase.ExecuteAsync(db, """
            CREATE TABLE test_fault (item_id TEXT NOT NULL);
            INSERT INTO test_fault VALUES ('q003');
            CREATE TRIGGER test_fault_on_insert BEFORE INSERT ON responses
            WHEN NEW.provider_id = 'web' AND NEW.item_id IN (SELECT item_id FROM test_fault)
            BEGIN SELECT RAISE(ABORT, '試験用の書き込み障害'); END;
            """);
        using CliProcess failed = await ImportAsync(sheet, runId);

        Assert.True(failed.ExitCode == 70, failed.Output + failed.Error);
        Assert.Contains("試験用の書き込み障害", failed.Error, StringComparison.Ordinal);
        Assert.Empty(await WebResponsesAsync(runId));

        await RawDatabase.ExecuteAsync(db, "DELETE FROM test_fault");
        using CliProcess again = await ImportAsync(sheet, runId);

        Assert.True(again.ExitCode == 0, again.Output + again.Error);
        Assert.Equal(["q001", "q002", "q003", "q004"], (await WebResponsesAsync(runId)).Keys.Order());
    }

    private async Task<string> RunAsync()
    {
        using CliProcess run = await CliProcess.RunAsync(folder.Path, "run", plan, "--db", db, "--out", folder.File("run-out"));
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        return Directory.GetDirectories(folder.File("run-out")).Select(Path.GetFileName).Single()!;
    }

    private async Task<string> ExportAsync()
    {
        string sheet = folder.File("collect-web.csv");
        using CliProcess export = await CliProcess.RunAsync(folder.Path, "collect", "export", plan, "--provider", "web", "--out", sheet);
        Assert.True(export.ExitCode == 0, export.Output + export.Error);
        return sheet;
    }

    private Task<CliProcess> ImportAsync(string sheet, string runId, string provider = "web") =>
        CliProcess.RunAsync(folder.Path, "collect", "import", sheet, "--run", runId, "--provider", provider, "--db", db, "--out", folder.File("out"));

    private async Task<Dictionary<string, ResponseRecord>> WebResponsesAsync(string runId)
    {
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(db);
        var responses = new Dictionary<string, ResponseRecord>();
        await foreach (ResponseRecord response in store.ReadResponsesAsync(runId))
        {
            if (response.ProviderId == "web")
            {
                responses.Add(response.ItemId, response);
            }
        }

        return responses;
    }
}
