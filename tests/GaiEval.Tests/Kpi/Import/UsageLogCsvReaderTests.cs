namespace GaiEval.Tests.Kpi.Import;

using GaiEval.Core.Inputs;
using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Import;

public sealed class UsageLogCsvReaderTests : IDisposable
{
    private const string ExportMapping = """
        kind: usage
        columns:
          timestamp: 日時
          user: 利用者ID
          department: 部署
          input_tokens: 入力トークン
          output_tokens: 出力トークン
          use: 用途
          feedback: 評価
          source: 経路
        values:
          feedback: { 👍: good, 👎: bad }
          source: { 評価ツール: harness, portal: user }
          use: { 翻訳: 添削・翻訳 }
        timestamp_format: "yyyy/MM/dd H:mm:ss"
        time_zone: "+09:00"
        """;

    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    private readonly KpiImportFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Reads_canonical_headers_with_iso_and_local_timestamps_and_flags_harness_rows()
    {
        string path = folder.Write(
            "usage.csv",
            "timestamp,user,department,input_tokens,output_tokens,model,use,feedback,source\n"
            + "2026-10-01T09:30:00+09:00,K1001,総務課,120,340,gpt-4o,文書作成,good,portal\n"
            + "2026-10-01 10:00,K1002,税務課,\"1,200\",80,,,BAD,\n"
            + "2026-10-01T01:00:00Z,K1001,総務課,10,20,,,,harness\n"
            + "2026-10-02 08:00:15,bot,,5,5,,,,gaieval\n");

        IReadOnlyList<UsageEvent> events = new UsageLogCsvReader(folder.Hasher).Read(path).ToListOrThrow();

        Assert.Equal(
            [
                new DateTimeOffset(2026, 10, 1, 9, 30, 0, Jst), new DateTimeOffset(2026, 10, 1, 10, 0, 0, Jst),
                new DateTimeOffset(2026, 10, 1, 1, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 10, 2, 8, 0, 15, Jst),
            ],
            events.Select(usage => usage.Timestamp));
        Assert.Equal([Jst, Jst, TimeSpan.Zero, Jst], events.Select(usage => usage.Timestamp.Offset));
        Assert.Equal([false, false, true, true], events.Select(usage => usage.FromHarness));
        Assert.Equal([120L, 1200L, 10L, 5L], events.Select(usage => usage.InputTokens!.Value));
        Assert.Equal([340L, 80L, 20L, 5L], events.Select(usage => usage.OutputTokens!.Value));
        Assert.Equal([UsageFeedback.Good, UsageFeedback.Bad, null, null], events.Select(usage => usage.Feedback));
        Assert.Equal(["gpt-4o", null, null, null], events.Select(usage => usage.Model));
        Assert.Equal(["文書作成", null, null, null], events.Select(usage => usage.Use));
        Assert.Equal(["総務課", "税務課", "総務課", null], events.Select(usage => usage.Department));
        Assert.Equal(events[0].User, events[2].User);
        Assert.Equal(folder.Hasher.Hash("K1002"), events[1].User);
    }

    [Fact]
    public void Reads_a_japanese_export_with_bom_through_its_mapping()
    {
        string path = folder.WriteWithBom(
            "log.csv",
            "日時,利用者ID,部署,入力トークン,出力トークン,用途,評価,経路,セッションID\r\n"
            + "2026/10/01 9:30:00,u-001,総務課,100,200,翻訳,👍,portal,a1\r\n"
            + "2026/10/01 13:05:59,u-002,税務課,300,50,情報抽出・要約,👎,teams,a2\r\n"
            + "2026/10/01 14:00:00,u-999,,40,60,,,評価ツール,a3\r\n");

        IReadOnlyList<UsageEvent> events = new UsageLogCsvReader(folder.Hasher, folder.Mapping(ExportMapping)).Read(path).ToListOrThrow();

        Assert.Equal(
            [new DateTimeOffset(2026, 10, 1, 9, 30, 0, Jst), new DateTimeOffset(2026, 10, 1, 13, 5, 59, Jst), new DateTimeOffset(2026, 10, 1, 14, 0, 0, Jst)],
            events.Select(usage => usage.Timestamp));
        Assert.Equal(["添削・翻訳", "情報抽出・要約", null], events.Select(usage => usage.Use));
        Assert.Equal([UsageFeedback.Good, UsageFeedback.Bad, null], events.Select(usage => usage.Feedback));
        Assert.Equal([false, false, true], events.Select(usage => usage.FromHarness));
        Assert.Equal([100L, 300L, 40L], events.Select(usage => usage.InputTokens!.Value));
        string values = KpiImportFolder.AllValues(events);
        Assert.DoesNotContain("u-00", values, StringComparison.Ordinal);
        Assert.DoesNotContain("u-999", values, StringComparison.Ordinal);
        Assert.Equal(folder.Hasher.Hash("u-999"), events[2].User);
    }

    [Fact]
    public void Reports_every_bad_cell_with_its_line_and_column_at_once()
    {
        string path = folder.Write(
            "usage.csv",
            "timestamp,user,input_tokens,output_tokens,use,feedback\n"
            + "2026/10/01 9:30,K1,-5,1.5,翻訳,meh\n"
            + "2026-10-01 09:30,,10,10,,\n"
            + "2026-10-01 09:31,K3,10,10,対話生成,good\n"
            + "2026-13-01 09:30,K4,ten,,,\n");
        KpiReading<UsageEvent> reading = new UsageLogCsvReader(folder.Hasher).Read(path);

        List<UsageEvent> good = [.. reading];

        Assert.Equal([new DateTimeOffset(2026, 10, 1, 9, 31, 0, Jst)], good.Select(usage => usage.Timestamp));
        Assert.Equal(
            [(2, "timestamp"), (2, "input_tokens"), (2, "output_tokens"), (2, "use"), (2, "feedback"), (3, "user"), (5, "timestamp"), (5, "input_tokens")],
            KpiImportFolder.Places(reading.Errors));
        Assert.Contains("使える用途: 文書作成, 添削・翻訳", reading.Errors[3].Message, StringComparison.Ordinal);
        Assert.Contains("空欄", reading.Errors[5].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Streams_rows_as_they_are_enumerated_and_collects_errors_as_it_goes()
    {
        string path = folder.Write(
            "usage.csv",
            "timestamp,user\n2026-10-01 09:00,K1\n2026-10-01 09:01,K2\nnot a time,K3\n2026-10-01 09:03,K4\n");
        KpiReading<UsageEvent> reading = new UsageLogCsvReader(folder.Hasher).Read(path);

        using IEnumerator<UsageEvent> rows = reading.GetEnumerator();
        Assert.True(rows.MoveNext());
        Assert.Empty(reading.Errors);
        Assert.True(rows.MoveNext());
        Assert.True(rows.MoveNext());
        Assert.Equal(new DateTimeOffset(2026, 10, 1, 9, 3, 0, Jst), rows.Current.Timestamp);
        Assert.Equal((4, "timestamp"), KpiImportFolder.Places(reading.Errors).Single());
        Assert.False(rows.MoveNext());
        Assert.Throws<InvalidOperationException>(() => reading.GetEnumerator());
    }

    [Fact]
    public void Reports_a_mapped_column_the_file_lacks_at_the_mappings_line()
    {
        string mappingPath = folder.Write("mapping.yaml", "kind: usage\ncolumns:\n  timestamp: 日時\n  user: 利用者ID\n  model: モデル名\n");
        string path = folder.Write("log.csv", "日時,利用者ID\n2026-10-01 09:00,K1\n");

        KpiReading<UsageEvent> reading = new UsageLogCsvReader(folder.Hasher, KpiMappingReader.Load(mappingPath)).Read(path);

        Assert.Empty(reading);
        InputError error = Assert.Single(reading.Errors);
        Assert.Equal((mappingPath, 5, "columns.model"), (error.File, error.Line, error.Field));
        Assert.Contains("モデル名", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_mapping_of_another_kind()
    {
        string path = folder.Write("usage.csv", "timestamp,user\n2026-10-01 09:00,K1\n");

        KpiReading<UsageEvent> reading = new UsageLogCsvReader(folder.Hasher, folder.Mapping("kind: survey\n")).Read(path);

        Assert.Empty(reading);
        InputError error = Assert.Single(reading.Errors);
        Assert.Equal((1, "kind"), (error.Line, error.Field));
        Assert.Contains("survey 用", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_the_first_thousand_errors_and_counts_the_rest()
    {
        string path = folder.Write("usage.csv", "timestamp,user\n" + string.Concat(Enumerable.Repeat("yesterday,K1\n", 1005)));

        KpiReading<UsageEvent> reading = new UsageLogCsvReader(folder.Hasher).Read(path);

        Assert.Empty(reading);
        Assert.Equal(1001, reading.Errors.Count);
        Assert.Equal(1001, reading.Errors[999].Line);
        Assert.Contains("ほかに 5 件", reading.Errors[1000].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_badly_quoted_row_with_its_line()
    {
        string path = folder.Write("usage.csv", "timestamp,user\n2026-10-01 09:00,K1\n2026-10-01 09:01,\"K2\"x\n");

        KpiReading<UsageEvent> reading = new UsageLogCsvReader(folder.Hasher).Read(path);
        int read = reading.Count();

        Assert.Equal(1, read);
        Assert.Equal((3, "csv"), KpiImportFolder.Places(reading.Errors).Single());
    }
}
