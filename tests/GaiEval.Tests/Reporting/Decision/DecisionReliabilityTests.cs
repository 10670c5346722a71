namespace GaiEval.Tests.Reporting.Decision;

using GaiEval.Reporting.Decision;
using GaiEval.Tests.Support;

public sealed class DecisionReliabilityTests : IDisposable
{
    private const string LowJudge =
        "- **注意**: 判定者（模範解答との同等性）と人の判定の一致度（κ）0.58 [0.33, 0.84]、n=40: 0.6未満のため判定者だけに頼らないでください。";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Says_how_many_verdicts_people_made_and_overrode_and_warns_below_0_6()
    {
        string markdown = new DecisionDocumentWriter().Render(await ReviewedReports.LowAgreementAsync(folder));

        string quality = Section(markdown, "出力品質");
        Assert.Contains(
            "回答 46件のうち正誤が決まった 44件を正答率に数えています。そのうち 41件は人が判定しました（8件は自動採点の判定を覆し、1件は自動採点の判定がなかった回答です）。正誤が決まっていない 2件（採点待ち 2件）は正答率に含めていません（判定者か人の採点が必要です）。",
            quality,
            StringComparison.Ordinal);
        Assert.Contains(LowJudge, quality, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gives_no_warning_at_0_6_or_more()
    {
        string markdown = new DecisionDocumentWriter().Render(await ReviewedReports.HighAgreementAsync(folder));

        string quality = Section(markdown, "出力品質");
        Assert.Contains("3件は自動採点の判定を覆し", quality, StringComparison.Ordinal);
        Assert.Contains("- 判定者（模範解答との同等性）と人の判定の一致度（κ）0.85 [0.69, 1.00]、n=40: 0.6以上で", quality, StringComparison.Ordinal);
        Assert.DoesNotContain("**注意**", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("0.6未満のため", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_human_grades_says_the_machines_decided_everything()
    {
        string markdown = new DecisionDocumentWriter().Render(await ReviewedReports.UngradedAsync(folder));

        string quality = Section(markdown, "出力品質");
        Assert.Contains("回答 46件のうち正誤が決まった 43件を正答率に数えています。正誤はルールまたは判定者（生成AIによる採点）が判定し、人の判定はまだありません。正誤が決まっていない 3件（採点待ち 3件）は正答率に含めていません（判定者か人の採点が必要です）。", quality, StringComparison.Ordinal);
        Assert.DoesNotContain("一致度（κ）", quality, StringComparison.Ordinal);
    }

    private static string Section(string markdown, string heading)
    {
        int start = markdown.IndexOf($". {heading}\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"section {heading} missing");
        int end = markdown.IndexOf("\n## ", start, StringComparison.Ordinal);
        return markdown[start..(end < 0 ? markdown.Length : end)];
    }
}
