namespace GaiEval.Tests.Kpi.Import;

using GaiEval.Core.Inputs;
using GaiEval.Core.Kpi.Import;

public sealed class KpiMappingReaderTests : IDisposable
{
    private readonly KpiImportFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Reads_the_documented_format()
    {
        KpiMapping mapping = folder.Mapping("""
            kind: survey            # survey | usage | timing
            columns:
              wave: 回答期間
              respondent: 職員番号
              satisfaction: 満足度（5段階）
            values:
              used: { 利用した: true, 利用していない: false }
              satisfaction: { 非常に満足: 5, 満足: 4, ふつう: 3, 不満: 2, 非常に不満: 1 }
              uses_per_week: { ほぼ毎日: [5, 5], 週1〜2回: [1, 2], 月に数回: [0.25, 0.75] }
              minutes_saved_per_use: { 15分未満: [0, 15], 15〜30分: [15, 30], 60分以上: [60, null] }
              uses: { 文書の作成: 文書作成, 翻訳・校正: 添削・翻訳 }
            list_separator: "、"
            timestamp_format: "yyyy/MM/dd HH:mm:ss"
            time_zone: "-05:30"
            """);

        Assert.Equal(KpiKind.Survey, mapping.Kind);
        Assert.Equal("満足度（5段階）", mapping.Columns["satisfaction"]);
        Assert.Equal(3, mapping.Columns.Count);
        Assert.Equal("true", mapping.Values["used"]["利用した"]);
        Assert.Equal("4", mapping.Values["satisfaction"]["満足"]);
        Assert.Equal("0.25-0.75", mapping.Values["uses_per_week"]["月に数回"]);
        Assert.Equal("60以上", mapping.Values["minutes_saved_per_use"]["60分以上"]);
        Assert.Equal("0-15", mapping.Values["minutes_saved_per_use"]["15分未満"]);
        Assert.Equal("添削・翻訳", mapping.Values["uses"]["翻訳・校正"]);
        Assert.Equal("、", mapping.ListSeparator);
        Assert.Equal("yyyy/MM/dd HH:mm:ss", mapping.TimestampFormat);
        Assert.Equal(-new TimeSpan(5, 30, 0), mapping.TimeZone);
    }

    [Fact]
    public void Defaults_the_separator_the_timestamps_and_the_time_zone()
    {
        KpiMapping mapping = folder.Mapping("kind: usage\ncolumns:\n  user: 利用者\n");

        Assert.Equal((KpiKind.Usage, ";", null, TimeSpan.FromHours(9)), (mapping.Kind, mapping.ListSeparator, mapping.TimestampFormat, mapping.TimeZone));
        Assert.Empty(mapping.Values);
    }

    [Fact]
    public void Reports_every_fault_with_its_line_at_once()
    {
        string path = folder.Write("mapping.yaml", """
            kind: survey
            colums: {}
            columns:
              wave: 回答期間
              satisfactoin: 満足度
              respondent: ""
            values:
              satisfaction: { 非常に満足: 6 }
              uses_per_week: { 毎日: [5, 1], 月に数回: [0.25], 時々: abc }
              uses: { 文書の作成: 文書の作成 }
              used: { はい: maybe }
              respondent: { a: b }
              feedback: { 👍: good }
              source: {}
            list_separator: "|"
            timestamp_format: "yyyy/MM/dd"
            time_zone: JST
            """);

        var thrown = Assert.Throws<InputException>(() => KpiMappingReader.Load(path));

        Assert.Equal(
            [
                (2, "colums"), (5, "columns.satisfactoin"), (6, "columns.respondent"), (8, "values.satisfaction.非常に満足"),
                (9, "values.uses_per_week.毎日"), (9, "values.uses_per_week.月に数回"), (9, "values.uses_per_week.時々"),
                (10, "values.uses.文書の作成"), (11, "values.used.はい"), (12, "values.respondent"), (13, "values.feedback"),
                (14, "values.source"), (15, "list_separator"), (16, "timestamp_format"), (17, "time_zone"),
            ],
            KpiImportFolder.Places(thrown.Errors));
        Assert.All(thrown.Errors, error => Assert.Equal(path, error.File));
        Assert.Contains("「columns」のことですか", thrown.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("「satisfaction」のことですか", thrown.Errors[1].Message, StringComparison.Ordinal);
        Assert.Contains("1〜5", thrown.Errors[3].Message, StringComparison.Ordinal);
        Assert.Contains("下限 5 が上限 1 より大きく", thrown.Errors[4].Message, StringComparison.Ordinal);
        Assert.Contains("「文書作成」のことですか", thrown.Errors[7].Message, StringComparison.Ordinal);
        Assert.Contains("書けません", thrown.Errors[9].Message, StringComparison.Ordinal);
        Assert.StartsWith($"{path}:8: values.satisfaction.非常に満足: ", thrown.Errors[3].ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("columns:\n  wave: w\n", 1, "kind", "kind: がありません")]
    [InlineData("kind: surveys\n", 1, "kind", "survey・usage・timing")]
    [InlineData("kind: survey\ncolumns:\n  wave: [a\nvalues: {}\n", 3, "yaml", "括弧")]
    [InlineData("kind: survey\ncolumns: 回答期間\n", 2, "columns", "「キー: 値」")]
    [InlineData("kind: timing\nvalues:\n  use: { 要約: 情報抽出・要約, 翻訳: 翻訳 }\n", 3, "values.use.翻訳", "7 つの用途")]
    [InlineData("kind: usage\nvalues:\n  source: { portal: users }\n", 3, "values.source.portal", "harness か user")]
    [InlineData("kind: usage\nvalues:\n  timestamp: { a: b }\n", 3, "values.timestamp", "書けません")]
    [InlineData("kind: usage\ncolumns:\n  wave: 回答期間\n", 3, "columns.wave", "使える項目")]
    public void Reports_a_single_fault_with_its_line(string yaml, int line, string field, string message)
    {
        var thrown = Assert.Throws<InputException>(() => folder.Mapping(yaml));

        InputError error = Assert.Single(thrown.Errors);
        Assert.Equal((line, field), (error.Line, error.Field));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_missing_mapping_file()
    {
        var thrown = Assert.Throws<InputException>(() => KpiMappingReader.Load(folder.Folder.File("none.yaml")));

        Assert.Equal("mapping", Assert.Single(thrown.Errors).Field);
    }
}
