namespace GaiEval.Tests.Cli;

using GaiEval.Tests.Support;

/// <summary>Errors name the line where the fault is, not where the parser stopped: an unclosed quote, a tab in a YAML indent.</summary>
public sealed class InputLineNumberTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task An_unclosed_quote_in_a_test_set_csv_is_reported_on_the_line_where_it_opens()
    {
        string items = folder.Write("items.csv",
            "id,category,use,question,human_minutes,review_minutes\n"
            + "q1,住民問合せ対応,対話生成,\"住民票の写しの手数料は？,5,1\n"
            + "q2,税務,対話生成,納期限は？,5,1\n");

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "validate", items);

        Assert.Equal(2, cli.ExitCode);
        Assert.Contains($"{items}:2: csv: 引用符（\"）の使い方が正しくありません", cli.Error, StringComparison.Ordinal);
        Assert.DoesNotContain($"{items}:4:", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unclosed_quote_after_a_closed_multi_line_cell_is_reported_on_its_own_line()
    {
        string items = folder.Write("items.csv",
            "id,category,use,question,context,human_minutes,review_minutes\n"
            + "q1,住民問合せ対応,対話生成,手数料は？,\"窓口は8:30から\n土日は休み\",5,1\n"
            + "q2,税務,対話生成,納期限は？,\"5月31日まで,5,1\n"
            + "q3,税務,対話生成,納付場所は？,,5,1\n");

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "validate", items);

        Assert.Equal(2, cli.ExitCode);
        Assert.Contains($"{items}:4: csv: 引用符（\"）の使い方が正しくありません", cli.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tab_in_a_yaml_indent_is_reported_on_its_own_line()
    {
        string plan = MiniScenario.Write(folder, 3, MiniScenario.RetrievalProvider("base"));
        string[] lines = File.ReadAllLines(plan);
        Assert.StartsWith("providers:", lines[3], StringComparison.Ordinal);
        lines[4] = "\t" + lines[4].TrimStart();
        File.WriteAllLines(plan, lines);

        using CliProcess cli = await CliProcess.RunAsync(folder.Path, "validate", plan);

        Assert.Equal(2, cli.ExitCode);
        Assert.Contains($"{plan}:5: yaml: 字下げにタブ文字があります。YAML の字下げはスペースで書いてください", cli.Error, StringComparison.Ordinal);
    }
}
