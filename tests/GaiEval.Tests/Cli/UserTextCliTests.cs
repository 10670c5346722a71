namespace GaiEval.Tests.Cli;

using System.Text;
using GaiEval.Core.Results;
using GaiEval.Storage;
using GaiEval.Tests.Support;

/// <summary>
/// Every user file through the real command, in the encodings Windows and Excel write: UTF-16 (Excel's 「Unicode テキスト」,
/// tab-separated) and CP932 are read; EUC-JP and bytes that no encoding reads are refused with the file and line, exit 2.
/// </summary>
public sealed class UserTextCliTests : IDisposable
{
    private const string Header = "id,category,use,question,must_include,human_minutes,review_minutes";

    private const string TwoItems =
        Header + "\r\n"
        + "q1,住民問合せ対応,対話生成,住民票の写しの手数料はいくらですか。,300円,5,1\r\n"
        + "q2,税務,対話生成,軽自動車税の納期限はいつですか。,5月31日,5,1\r\n";

    private readonly TempFolder folder = new();

    static UserTextCliTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_test_set_saved_as_Excel_unicode_text_is_read_tab_separated()
    {
        string items = folder.WriteBytes("items.csv", [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(TwoItems.Replace(',', '\t'))]);

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "validate", items);

        Assert.True(cli.ExitCode == 0, cli.Output + cli.Error);
        Assert.Contains("問題なし", cli.Output, StringComparison.Ordinal);
        Assert.Contains("（2問、", cli.Output, StringComparison.Ordinal);
        Assert.Contains("住民問合せ対応", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_good_cp932_test_set_is_read()
    {
        string items = folder.WriteBytes("items.csv", Encoding.GetEncoding(932).GetBytes(TwoItems));

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "validate", items);

        Assert.True(cli.ExitCode == 0, cli.Output + cli.Error);
        Assert.Contains("（2問、", cli.Output, StringComparison.Ordinal);
        Assert.Contains("税務", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_euc_jp_test_set_is_refused_with_the_encoding_it_seems_to_be()
    {
        string items = folder.WriteBytes("items.csv", Encoding.GetEncoding("euc-jp").GetBytes(TwoItems));

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "validate", items);

        Assert.Equal(2, cli.ExitCode);
        Assert.Contains($"{items}:0: 文字コード: UTF-8 でも CP932 でもありません（EUC-JP のようです）。UTF-8 で保存し直してください", cli.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("不明な項目", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_euc_jp_sheet_that_also_decodes_as_cp932_half_width_kana_is_refused_not_read_as_mojibake()
    {
        // In CP932 each of these EUC-JP kana reads as two half-width katakana, so a lenient reader takes the file as CP932.
        string timing = folder.WriteBytes("timings.csv", Encoding.GetEncoding("euc-jp").GetBytes(
            "task,category,staff,minutes_without,minutes_with,date\nあさのうち,すずき,E00001,40,35,2026-11-02\n"));

        using CliProcess cli = await KpiImportAsync(timing);

        Assert.Equal(2, cli.ExitCode);
        Assert.Contains($"{timing}:0: 文字コード: UTF-8 でも CP932 でもありません（EUC-JP のようです）", cli.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("ｱ", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cp932_test_set_with_a_byte_cp932_cannot_read_is_refused_on_its_line()
    {
        byte[] good = Encoding.GetEncoding(932).GetBytes(TwoItems);
        int thirdLine = Array.LastIndexOf(good, (byte)'\n', good.Length - 2) + 1;
        byte[] broken = [.. good[..(thirdLine + 3)], 0x81, 0x20, .. good[(thirdLine + 3)..]];
        string items = folder.WriteBytes("items.csv", broken);

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "validate", items);

        Assert.Equal(2, cli.ExitCode);
        Assert.Contains($"{items}:3: 文字コード: CP932（Shift_JIS）として読めないバイトがあります（0x81 0x20）。UTF-8 で保存し直してください", cli.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("問題なし", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_its_jsonl_test_set_and_its_knowledge_in_utf16_validate()
    {
        string plan = MiniScenario.Write(folder, 3, MiniScenario.RetrievalProvider("base"));
        Resave(plan, new UnicodeEncoding(bigEndian: true, byteOrderMark: true));
        Resave(folder.File("items.jsonl"), new UnicodeEncoding(bigEndian: false, byteOrderMark: false));
        Resave(folder.File("knowledge", "madoguchi.md"), new UnicodeEncoding(bigEndian: false, byteOrderMark: true));

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "validate", plan);

        Assert.True(cli.ExitCode == 0, cli.Output + cli.Error);
        Assert.Contains("（3問、", cli.Output, StringComparison.Ordinal);
        Assert.Contains("住民票・戸籍", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_timing_sheet_in_utf16_without_a_byte_order_mark_imports()
    {
        string timing = folder.WriteBytes("timings.csv", new UnicodeEncoding(bigEndian: true, byteOrderMark: false).GetBytes(
            "task\tcategory\tstaff\tminutes_without\tminutes_with\tdate\r\n照会回答\t税務\tE00001\t40\t35\t2026-11-02\r\n集計\t税務\tE00002\t50\t30\t2026-11-20\r\n"));

        using CliProcess cli = await KpiImportAsync(timing);

        Assert.True(cli.ExitCode == 0, cli.Output + cli.Error);
        Assert.Contains("2件", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_collection_sheet_saved_as_Excel_unicode_text_imports_its_answers()
    {
        ManualCollectionScenario scenario = await ManualCollectionScenario.CreateAsync(folder);
        string sheet = scenario.Sheet;
        SheetTable table = SheetTable.Load(sheet);
        foreach ((string id, string answer) in new[] { ("q001", "平日8時30分からです。"), ("q002", "本人確認書類が必要です。"), ("q003", "1通300円です。") })
        {
            string[] row = table.Row((table.Header[0], id));
            row[table.Column("回答")] = answer;
            row[table.Column("所要秒数")] = "10";
            row[table.Column("収集者")] = "山田";
            row[table.Column("収集日")] = "2026-11-20";
        }

        table.SaveAsUnicodeText(sheet);

        using CliProcess import = await scenario.ImportAsync();

        Assert.True(import.ExitCode == 0, import.Output + import.Error);
        Assert.Contains("回答 3件", import.Output, StringComparison.Ordinal);
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(scenario.Db);
        var texts = new List<string?>();
        await foreach (ResponseRecord response in store.ReadResponsesAsync(scenario.RunId))
        {
            if (response.ProviderId == "web")
            {
                texts.Add(response.Text);
            }
        }

        Assert.Contains("1通300円です。", texts);
    }

    private static void Resave(string path, Encoding encoding) =>
        File.WriteAllBytes(path, [.. encoding.GetPreamble(), .. encoding.GetBytes(File.ReadAllText(path))]);

    private Task<CliProcess> KpiImportAsync(string file) =>
        CliProcess.RunAsync(folder.Path, "kpi", "import", "timing", file, "--db", folder.File("kpi.db"));
}
