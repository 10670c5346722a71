namespace GaiEval.Tests.Kpi.Html;

using System.Text.Json;
using GaiEval.Core.Kpi;
using GaiEval.Core.Kpi.Findings;
using GaiEval.Core.Kpi.Measures;
using GaiEval.Reporting.Json;
using GaiEval.Reporting.Kpi;
using static GaiEval.Tests.Kpi.Findings.KpiRecords;

/// <summary>
/// A department or use rated by fewer than five users is withheld from the reports, so that no one person's answer can be
/// read: 税務課 has two users (scores 1 and 2: distribution [1,1,0,0,0], mean 1.50), 総務課 five (5, 5, 4, 4, 3: top-2 4/5 = 80.0%).
/// </summary>
public sealed class WithheldGroupsTests
{
    private static readonly KpiFindings Findings = Build(
        survey:
        [
            User("2026-10", "s-a", "総務課", 5) with { Uses = ["文書作成"] },
            User("2026-10", "s-b", "総務課", 5) with { Uses = ["文書作成"] },
            User("2026-10", "s-c", "総務課", 4) with { Uses = ["文書作成"] },
            User("2026-10", "s-d", "総務課", 4) with { Uses = ["文書作成"] },
            User("2026-10", "s-e", "総務課", 3) with { Uses = ["文書作成", "コード生成"] },
            User("2026-10", "s-f", "税務課", 1),
            User("2026-10", "s-g", "税務課", 2),
        ],
        inputs: new KpiFindingsInputs { EligibleStaff = Eligible(("総務課", 10), ("税務課", 10)) });

    [Fact]
    public void The_measure_keeps_every_group_and_marks_the_small_ones()
    {
        WaveSatisfaction wave = Findings.LatestSatisfaction!;

        Assert.Equal([("税務課", true), ("総務課", false)], wave.ByDepartment.Select(g => (g.Group, g.Withheld)));
        Assert.Equal([("コード生成", true), ("文書作成", false)], wave.ByUse.Select(g => (g.Group, g.Withheld)));
        Assert.Equal(2, wave.ByDepartment[0].Figures.N);
    }

    [Fact]
    public void The_html_shows_the_large_group_and_withholds_the_small_one()
    {
        string html = new KpiReportWriter().Render(Findings);

        Assert.Matches("<td>総務課</td>(?:(?!</tr>).)*80\\.0%", html);
        Assert.Matches("<td>税務課</td>(?:(?!</tr>).)*回答者5人未満のため非表示", html);
        Assert.DoesNotContain("1.50", html, StringComparison.Ordinal);
        Assert.Matches("<td>コード生成</td>(?:(?!</tr>).)*回答者5人未満のため非表示", html);
        Assert.DoesNotContain("0.0%（n=2）", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Analysis_json_carries_no_figures_of_a_withheld_group()
    {
        SatisfactionWaveFacts facts = SatisfactionWaveFacts.Of(Findings.LatestSatisfaction!);

        SatisfactionGroupFacts tax = facts.ByDepartment.Single(g => g.Group == "税務課");
        Assert.True(tax.Withheld);
        Assert.Null(tax.Figures);
        SatisfactionGroupFacts general = facts.ByDepartment.Single(g => g.Group == "総務課");
        Assert.False(general.Withheld);
        Assert.Equal(5, general.Figures!.N);
        Assert.Equal([0, 0, 1, 2, 2], general.Figures.Distribution);
        Assert.DoesNotContain("[1,1,0,0,0]", JsonSerializer.Serialize(facts), StringComparison.Ordinal);
    }
}
