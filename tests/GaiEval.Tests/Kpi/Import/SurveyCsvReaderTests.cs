namespace GaiEval.Tests.Kpi.Import;

using GaiEval.Core.Inputs;
using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Import;

public sealed class SurveyCsvReaderTests : IDisposable
{
    private const string ExportMapping = """
        kind: survey
        columns:
          wave: 回答期間
          respondent: 職員番号
          department: 所属
          used: 利用状況
          satisfaction: 満足度（5段階）
          uses_per_week: 利用頻度
          minutes_saved_per_use: 1回あたりの削減時間
          uses: 主な用途
          comment: ご意見
        values:
          used: { 利用した: true, 利用していない: false }
          satisfaction: { 非常に満足: 5, 満足: 4, ふつう: 3, 不満: 2, 非常に不満: 1 }
          uses_per_week: { ほぼ毎日: [5, 5], 月に数回: [0.25, 0.75] }
          uses: { 文書の作成: 文書作成, 翻訳・校正: 添削・翻訳 }
        list_separator: "、"
        """;

    private const string Export =
        "開始時刻,回答期間,職員番号,所属,利用状況,満足度（5段階）,利用頻度,1回あたりの削減時間,主な用途,ご意見\r\n"
        + "2026/10/30 9:00,2026-10,K1001,総務課,利用した,非常に満足,ほぼ毎日,15～30分,文書の作成、翻訳・校正,便利です\r\n"
        + "2026/10/30 9:05,2026-10,Ｋ１００２,税務課,利用した,満足,週1～2回,60分以上,情報抽出・要約,\r\n"
        + "2026/10/30 9:10,2026-10,K1003,税務課,利用した,,月に数回,30分程度,アイデア出し,\r\n"
        + "2026/10/30 9:15,2026-10,K1004,福祉課,利用していない,,,,,使い方がわからない\r\n";

    private readonly KpiImportFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Reads_canonical_headers()
    {
        string path = folder.Write(
            "survey.csv",
            "wave,respondent,department,used,satisfaction,continue_intent,recommend,uses_per_week,minutes_saved_per_use,uses,comment\n"
            + "2026-10,K1001,総務課,はい,4,5,9,3,10,文書作成;コード生成;文書作成,\"とても\n便利\"\n"
            + "2026-10,K1002,税務課,no,,,,,,,\n");

        IReadOnlyList<SurveyResponse> responses = new SurveyCsvReader(folder.Hasher).Read(path).ToListOrThrow();

        Assert.Equal(2, responses.Count);
        SurveyResponse first = responses[0];
        Assert.Equal("2026-10", first.Wave);
        Assert.Equal(folder.Hasher.Hash("K1001"), first.Respondent);
        Assert.Equal("総務課", first.Department);
        Assert.True(first.Used);
        Assert.Equal(4, first.Satisfaction);
        Assert.Equal(5, first.ContinueIntent);
        Assert.Equal(9, first.Recommend);
        Assert.Equal(Band.Exact(3, "3"), first.UsesPerWeek);
        Assert.Equal(Band.Exact(10, "10"), first.MinutesSavedPerUse);
        Assert.Equal(["文書作成", "コード生成"], first.Uses);
        Assert.Equal("とても\n便利", first.Comment);
        Assert.Equal(2, first.Line);
        SurveyResponse second = responses[1];
        Assert.False(second.Used);
        Assert.Null(second.Satisfaction);
        Assert.Null(second.UsesPerWeek);
        Assert.Empty(second.Uses);
        Assert.Null(second.Comment);
        Assert.Equal(4, second.Line);
    }

    [Theory]
    [InlineData("cp932")]
    [InlineData("bom")]
    [InlineData("utf8")]
    public void Reads_a_japanese_export_through_its_mapping_in_any_encoding(string encoding)
    {
        string path = encoding switch
        {
            "cp932" => folder.WriteCp932("export.csv", Export),
            "bom" => folder.WriteWithBom("export.csv", Export),
            _ => folder.Write("export.csv", Export),
        };

        IReadOnlyList<SurveyResponse> responses = new SurveyCsvReader(folder.Hasher, folder.Mapping(ExportMapping)).Read(path).ToListOrThrow();

        Assert.Equal(4, responses.Count);
        Assert.Equal(
            [(true, 5), (true, 4), (true, null), (false, null)],
            responses.Select(response => (response.Used ?? false, response.Satisfaction)));
        Assert.Equal(new Band(5, 5, "ほぼ毎日"), responses[0].UsesPerWeek);
        Assert.Equal(new Band(15, 30, "15～30分"), responses[0].MinutesSavedPerUse);
        Assert.Equal(["文書作成", "添削・翻訳"], responses[0].Uses);
        Assert.Equal("便利です", responses[0].Comment);
        Assert.Equal(new Band(1, 2, "週1～2回"), responses[1].UsesPerWeek);
        Assert.Equal(new Band(60, null, "60分以上"), responses[1].MinutesSavedPerUse);
        Assert.Equal(["情報抽出・要約"], responses[1].Uses);
        Assert.Equal(new Band(0.25, 0.75, "月に数回"), responses[2].UsesPerWeek);
        Assert.Equal(Band.Exact(30, "30分程度"), responses[2].MinutesSavedPerUse);
        Assert.Null(responses[3].UsesPerWeek);
        Assert.Null(responses[3].MinutesSavedPerUse);
        Assert.Empty(responses[3].Uses);
        Assert.Equal("使い方がわからない", responses[3].Comment);
        Assert.Equal(["総務課", "税務課", "税務課", "福祉課"], responses.Select(response => response.Department));
        Assert.Equal([2, 3, 4, 5], responses.Select(response => response.Line));
    }

    [Fact]
    public void Keeps_no_raw_staff_key_and_gives_full_width_keys_the_same_pseudonym()
    {
        string path = folder.Write("export.csv", Export);

        IReadOnlyList<SurveyResponse> responses = new SurveyCsvReader(folder.Hasher, folder.Mapping(ExportMapping)).Read(path).ToListOrThrow();

        Assert.Equal(
            [folder.Hasher.Hash("K1001"), folder.Hasher.Hash("K1002"), folder.Hasher.Hash("K1003"), folder.Hasher.Hash("K1004")],
            responses.Select(response => response.Respondent));
        Assert.All(responses, response => Assert.Matches("^s-[0-9a-f]{16}$", response.Respondent));
        string values = KpiImportFolder.AllValues(responses);
        Assert.DoesNotContain("K100", values, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Ｋ１００２", values, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3", 3, 3.0)]
    [InlineData("2.5", 2.5, 2.5)]
    [InlineData("15〜30分", 15, 30.0)]
    [InlineData("１５〜３０分", 15, 30.0)]
    [InlineData("15～30分", 15, 30.0)]
    [InlineData("15-30分", 15, 30.0)]
    [InlineData("週1〜2回", 1, 2.0)]
    [InlineData("1〜2回", 1, 2.0)]
    [InlineData("60分以上", 60, null)]
    [InlineData("15分未満", 0, 15.0)]
    [InlineData("30分程度", 30, 30.0)]
    public void Reads_common_japanese_bands_without_a_mapping(string answer, double low, double? high)
    {
        string path = folder.Write("survey.csv", $"wave,respondent,minutes_saved_per_use\n2026-10,K1,{answer}\n");

        SurveyResponse response = Assert.Single(new SurveyCsvReader(folder.Hasher).Read(path).ToListOrThrow());

        Assert.Equal(new Band(low, high, answer), response.MinutesSavedPerUse);
    }

    [Fact]
    public void Reports_every_bad_cell_with_its_line_and_column_at_once()
    {
        string path = folder.Write(
            "survey.csv",
            "wave,respondent,used,satisfaction,continue_intent,recommend,uses_per_week,minutes_saved_per_use,uses\n"
            + "2026-10,K1,たぶん,6,0,11,ほぼ毎日,30〜15分,文書の作成;チャット\n"
            + ",,はい,3,,,,,\n"
            + "2026-10,K3,はい,5,,,1時間,,文書作成\n"
            + "2026-10,K4,はい,5,,,,,文書作成\n");
        KpiReading<SurveyResponse> reading = new SurveyCsvReader(folder.Hasher).Read(path);

        List<SurveyResponse> good = [.. reading];

        Assert.Equal([5], good.Select(response => response.Line));
        Assert.Equal(
            [
                (2, "used"), (2, "satisfaction"), (2, "continue_intent"), (2, "recommend"), (2, "uses_per_week"),
                (2, "minutes_saved_per_use"), (2, "uses"), (2, "uses"), (3, "wave"), (3, "respondent"), (4, "uses_per_week"),
            ],
            KpiImportFolder.Places(reading.Errors));
        Assert.All(reading.Errors, error => Assert.Equal(path, error.File));
        Assert.Contains("「文書作成」のことですか", reading.Errors[6].Message, StringComparison.Ordinal);
        Assert.Contains("values:", reading.Errors[4].Message, StringComparison.Ordinal);
        Assert.Contains("下限が上限より大きく", reading.Errors[5].Message, StringComparison.Ordinal);
        Assert.Contains("1〜5", reading.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("0〜10", reading.Errors[3].Message, StringComparison.Ordinal);
        var thrown = Assert.Throws<InputException>(() => new SurveyCsvReader(folder.Hasher).Read(path).ToListOrThrow());
        Assert.Equal(11, thrown.Errors.Count);
        Assert.StartsWith($"{path}:2: used: ", thrown.Errors[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Names_bad_cells_by_the_exports_own_headers()
    {
        string path = folder.Write("export.csv", Export.Replace("非常に満足,ほぼ毎日", "大変満足,ほぼ毎日", StringComparison.Ordinal));

        KpiReading<SurveyResponse> reading = new SurveyCsvReader(folder.Hasher, folder.Mapping(ExportMapping)).Read(path);
        int count = reading.Count();

        Assert.Equal(3, count);
        InputError error = Assert.Single(reading.Errors);
        Assert.Equal((2, "満足度（5段階）"), (error.Line, error.Field));
        Assert.Contains("大変満足", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_missing_required_and_unknown_columns_without_a_mapping()
    {
        string path = folder.Write("survey.csv", "wave,respondant,satisfaction\n2026-10,K1,4\n");
        KpiReading<SurveyResponse> reading = new SurveyCsvReader(folder.Hasher).Read(path);

        Assert.Empty(reading);
        Assert.Equal([(1, "respondent"), (1, "respondant")], KpiImportFolder.Places(reading.Errors));
        Assert.Contains("「respondent」のことですか", reading.Errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Matches_a_mapped_label_written_with_either_wave_dash()
    {
        KpiMapping mapping = folder.Mapping("kind: survey\nvalues:\n  uses_per_week: { 月1〜2回程度: [0.25, 0.5] }\n");
        string path = folder.WriteCp932("survey.csv", "wave,respondent,uses_per_week\r\n2026-10,K1,月1～2回程度\r\n");

        SurveyResponse response = Assert.Single(new SurveyCsvReader(folder.Hasher, mapping).Read(path).ToListOrThrow());

        Assert.Equal(new Band(0.25, 0.5, "月1～2回程度"), response.UsesPerWeek);
    }
}
