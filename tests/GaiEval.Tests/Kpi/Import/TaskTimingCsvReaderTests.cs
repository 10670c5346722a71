namespace GaiEval.Tests.Kpi.Import;

using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Import;

public sealed class TaskTimingCsvReaderTests : IDisposable
{
    private readonly KpiImportFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Reads_canonical_headers()
    {
        string path = folder.Write(
            "timing.csv",
            "task,category,use,staff,minutes_without,minutes_with,date\n"
            + "議事録の要約,庁内事務,情報抽出・要約,K2001,60,25.5,2026-10-05\n"
            + "案内文の作成,住民問合せ対応,,K2002,３０,12,2026/10/06\n"
            + "集計表の点検,庁内事務,データ処理・分析,K2001,0,0,\n");

        IReadOnlyList<TaskTiming> timings = new TaskTimingCsvReader(folder.Hasher).Read(path).ToListOrThrow();

        Assert.Equal(["議事録の要約", "案内文の作成", "集計表の点検"], timings.Select(timing => timing.Task));
        Assert.Equal(["庁内事務", "住民問合せ対応", "庁内事務"], timings.Select(timing => timing.Category));
        Assert.Equal(["情報抽出・要約", null, "データ処理・分析"], timings.Select(timing => timing.Use));
        Assert.Equal([60.0, 30.0, 0.0], timings.Select(timing => timing.MinutesWithout));
        Assert.Equal([25.5, 12.0, 0.0], timings.Select(timing => timing.MinutesWith));
        Assert.Equal([new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 6), null], timings.Select(timing => timing.Date));
        Assert.Equal([folder.Hasher.Hash("K2001"), folder.Hasher.Hash("K2002"), folder.Hasher.Hash("K2001")], timings.Select(timing => timing.Staff));
        Assert.Equal([2, 3, 4], timings.Select(timing => timing.Line));
        Assert.DoesNotContain("K200", KpiImportFolder.AllValues(timings), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Reads_a_cp932_export_through_its_mapping()
    {
        KpiMapping mapping = folder.Mapping("""
            kind: timing
            columns:
              task: 業務名
              category: 業務分野
              use: 用途
              staff: 職員番号
              minutes_without: 従来の所要時間（分）
              minutes_with: AI利用時の所要時間（分）
              date: 実施日
            values:
              use: { 要約: 情報抽出・要約 }
              category: { 庁内: 庁内事務 }
            """);
        string path = folder.WriteCp932(
            "計測.csv",
            "業務名,業務分野,用途,職員番号,従来の所要時間（分）,AI利用時の所要時間（分）,実施日,備考\r\n"
            + "議事録の要約,庁内,要約,職員0012,45,20,2026/10/07,\r\n");

        TaskTiming timing = Assert.Single(new TaskTimingCsvReader(folder.Hasher, mapping).Read(path).ToListOrThrow());

        Assert.Equal(("議事録の要約", "庁内事務", "情報抽出・要約"), (timing.Task, timing.Category, timing.Use));
        Assert.Equal((45.0, 20.0), (timing.MinutesWithout, timing.MinutesWith));
        Assert.Equal(new DateOnly(2026, 10, 7), timing.Date);
        Assert.Equal(folder.Hasher.Hash("職員００１２"), timing.Staff);
        Assert.DoesNotContain("0012", KpiImportFolder.AllValues([timing]), StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_every_bad_cell_with_its_line_and_column_at_once()
    {
        string path = folder.Write(
            "timing.csv",
            "task,category,use,staff,minutes_without,minutes_with,date\n"
            + "議事録の要約,,要約,K1,-3,abc,10月5日\n"
            + "案内文の作成,住民問合せ対応,,,,12,\n"
            + "集計表の点検,庁内事務,,K3,20,10,2026-10-05\n");
        KpiReading<TaskTiming> reading = new TaskTimingCsvReader(folder.Hasher).Read(path);

        Assert.Equal([4], reading.Select(timing => timing.Line));
        Assert.Equal(
            [(2, "category"), (2, "use"), (2, "minutes_without"), (2, "minutes_with"), (2, "date"), (3, "staff"), (3, "minutes_without")],
            KpiImportFolder.Places(reading.Errors));
        Assert.Contains("「-3」", reading.Errors[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_the_missing_required_column_and_the_closest_name_of_a_misspelt_one()
    {
        string path = folder.Write("timing.csv", "task,category,staff,minutes_withuot,minutes_with\nt,c,K1,10,5\n");

        KpiReading<TaskTiming> reading = new TaskTimingCsvReader(folder.Hasher).Read(path);

        Assert.Empty(reading);
        Assert.Equal([(1, "minutes_without"), (1, "minutes_withuot")], KpiImportFolder.Places(reading.Errors));
        Assert.Contains("「minutes_without」のことですか", reading.Errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_column_standing_twice()
    {
        string path = folder.Write("timing.csv", "task,category,staff,minutes_without,minutes_with,minutes_with\nt,c,K1,10,5,6\n");

        KpiReading<TaskTiming> reading = new TaskTimingCsvReader(folder.Hasher).Read(path);

        Assert.Empty(reading);
        Assert.Equal([(1, "minutes_with")], KpiImportFolder.Places(reading.Errors));
    }

    [Fact]
    public void Reports_a_missing_and_an_empty_file()
    {
        string empty = folder.Write("empty.csv", string.Empty);

        KpiReading<TaskTiming> missing = new TaskTimingCsvReader(folder.Hasher).Read(folder.Folder.File("none.csv"));
        KpiReading<TaskTiming> blank = new TaskTimingCsvReader(folder.Hasher).Read(empty);

        Assert.Empty(missing);
        Assert.Empty(blank);
        Assert.Contains("見つかりません", Assert.Single(missing.Errors).Message, StringComparison.Ordinal);
        Assert.Contains("空です", Assert.Single(blank.Errors).Message, StringComparison.Ordinal);
    }
}
