namespace GaiEval.Tests.Kpi.Wire;

using GaiEval.Cli.Commands;
using GaiEval.Cli.Inputs;
using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Import;
using GaiEval.Storage;
using GaiEval.Tests.Support;

/// <summary>The KPI lines on the terminal: the latest figures, and 未測定 (never 0) for what was not given.</summary>
public sealed class KpiConsoleSummaryTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Every_kpi_whose_data_was_given_shows_its_figure_and_the_others_say_not_measured()
    {
        KpiFindings all = await FindingsAsync(KpiPlanFiles.Settings(folder));
        KpiFindings timingsOnly = await FindingsAsync(new KpiSettings { Sources = [new KpiSource(KpiKind.Timing, KpiPlanFiles.Timings(folder))] });

        Assert.Equal(
            [
                "KPI（実利用）: 満足度 上位2段階 66.7% [20.8%, 93.9%]（n=3、2026-10）、月間利用者 3人（2026-10、対象職員の 37.5%）、トークン 入力 10,000・出力 5,000（4回）",
                "KPI（実利用）: 削減時間（自己申告） 未測定、削減時間（実測） 1件 12.5分 [10.0, 15.0]（n=2）（自己申告と実測は別の方法のため合算しません）",
            ],
            KpiConsoleSummary.Lines(all));
        Assert.Equal(
            [
                "KPI（実利用）: 満足度 未測定、利用者数 未測定、トークン 未測定",
                "KPI（実利用）: 削減時間（自己申告） 未測定、削減時間（実測） 1件 12.5分 [10.0, 15.0]（n=2）（自己申告と実測は別の方法のため合算しません）",
            ],
            KpiConsoleSummary.Lines(timingsOnly));
    }

    [Fact]
    public void A_last_month_the_log_covers_only_in_part_is_marked_as_a_lower_bound()
    {
        KpiFindings findings = Findings.KpiRecords.Build(
            usage: [Findings.KpiRecords.Request("s-1", "総務課", 2026, 10, 1), Findings.KpiRecords.Request("s-2", "総務課", 2026, 10, 5)]);

        Assert.Contains("月間利用者 2人（2026-10、2026-10-05までのデータのため下限）", KpiConsoleSummary.Lines(findings)[0], StringComparison.Ordinal);
    }

    private async Task<KpiFindings> FindingsAsync(KpiSettings kpi)
    {
        string database = folder.File($"{Guid.NewGuid():N}.db");
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(database);
        return (await KpiFindingsForPlan.LoadAsync(store, database, KpiPlanFiles.Plan(kpi), TextWriter.Null, CancellationToken.None))!;
    }
}
