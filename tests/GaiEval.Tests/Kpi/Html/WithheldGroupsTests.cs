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
/// read: 税務課 has two users (scores 1 and 2: distribution [1,1,0,0,0], mean 1.50). Departments split the wave's users,
/// so the wave's total minus the shown departments would give 税務課 away: the smallest other department, 総務課 (five
/// users: 5, 5, 4, 4, 3, mean 4.20), is withheld with it, and 区民課 (six users, all 4: top-2 100.0%) is shown. Uses do not
/// split the users (a respondent chooses several), so only コード生成 (one user) is withheld there; 文書作成 has six users
/// (総務課's five and one of 区民課: mean 25/6 = 4.17).
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
            .. Enumerable.Range(1, 6).Select(i => User("2026-10", $"k-{i}", "区民課", 4) with { Uses = i == 1 ? ["文書作成"] : [] }),
        ],
        inputs: new KpiFindingsInputs { EligibleStaff = Eligible(("総務課", 10), ("税務課", 10), ("区民課", 10)) });

    [Fact]
    public void The_measure_withholds_the_small_groups_and_the_smallest_department_that_would_give_them_away()
    {
        WaveSatisfaction wave = Findings.LatestSatisfaction!;

        Assert.Equal([("区民課", false), ("税務課", true), ("総務課", true)], wave.ByDepartment.Select(g => (g.Group, g.Withheld)));
        Assert.Equal([("コード生成", true), ("文書作成", false)], wave.ByUse.Select(g => (g.Group, g.Withheld)));
        Assert.Equal(2, wave.ByDepartment.Single(g => g.Group == "税務課").Figures.N);
    }

    [Fact]
    public void The_html_shows_the_large_group_and_withholds_the_others()
    {
        string html = new KpiReportWriter().Render(Findings);

        Assert.Matches("<td>区民課</td>(?:(?!</tr>).)*100\\.0%", html);
        Assert.Matches("<td>税務課</td>(?:(?!</tr>).)*回答者5人未満のため非表示", html);
        Assert.Matches("<td>総務課</td>(?:(?!</tr>).)*回答者5人未満のため非表示", html);
        Assert.DoesNotContain("1.50", html, StringComparison.Ordinal);
        Assert.DoesNotContain("4.20", html, StringComparison.Ordinal);
        Assert.Matches("<td>コード生成</td>(?:(?!</tr>).)*回答者5人未満のため非表示", html);
    }

    [Fact]
    public void Analysis_json_carries_no_figures_of_a_withheld_group()
    {
        SatisfactionWaveFacts facts = SatisfactionWaveFacts.Of(Findings.LatestSatisfaction!);

        Assert.All(facts.ByDepartment.Where(g => g.Group != "区民課"), g => Assert.Equal((true, (SatisfactionFigures?)null), (g.Withheld, g.Figures)));
        SatisfactionGroupFacts shown = facts.ByDepartment.Single(g => g.Group == "区民課");
        Assert.False(shown.Withheld);
        Assert.Equal([0, 0, 0, 6, 0], shown.Figures!.Distribution);
        Assert.DoesNotContain("[1,1,0,0,0]", JsonSerializer.Serialize(facts), StringComparison.Ordinal);
    }
}
