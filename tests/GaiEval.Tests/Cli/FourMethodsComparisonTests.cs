namespace GaiEval.Tests.Cli;

using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Deployment;
using GaiEval.Core.Model;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Text;
using GaiEval.Storage;
using GaiEval.Tests.Support;
using static GaiEval.Tests.Cli.FourMethodsScenario;

/// <summary>
/// The issue's end-to-end case: four candidates, one per deployment method (the web service through the collection
/// sheet, the other three through a loopback OpenAI-compatible server), compared side by side with their coverage and a
/// recommendation per data class in report.html and decision.md. Expected figures are worked out by hand in
/// <see cref="FourMethodsScenario"/> and below.
/// </summary>
public sealed class FourMethodsComparisonTests(FourMethodsRun run) : IClassFixture<FourMethodsRun>
{
    private static readonly string[] SectionHeadings = ["導入方式の比較と推奨", "データの区分ごとの推奨", "推奨の決め方", "費用の感度"];

    // Wilson 95% lower bounds: 9/(9+1.96²) = 70.1%, 5/(5+1.96²) = 56.6%, 4/(4+1.96²) = 51.0%.
    private const string PublicReason =
        $"{WebName} を推奨: 品質で劣るとは言えない 3 件（{WebName}、{PlatformName}、{OnPremName}）のうち、月額費用が最も安い"
        + $"（正答率 100.0%［70.1%〜100.0%］、n=9、月額 60,000 円）。{WebName} の判定（go/no-go）は要追加検証です。{CloudLeftOut}";

    private const string InternalReason =
        $"{PlatformName} を推奨: 品質で劣るとは言えない 2 件（{PlatformName}、{OnPremName}）のうち、月額費用が最も安い"
        + $"（正答率 100.0%［56.6%〜100.0%］、n=5、月額 220,000 円）。{PlatformName} の判定（go/no-go）は要追加検証です。{CloudLeftOut}";

    // The cloud fails the required accuracy ≥ 0.8 over the run (8/14, [32.6%, 78.6%]), so every reason says it was left out
    // and why. The web service (9/9, [70.1%, 100%]) and the platform (14/14, [78.5%, 100%]) straddle 0.8: their gate is
    // 要追加検証, which their reasons say; on-premises (18/18, [82.4%, 100%]) passes.
    private const string CloudLeftOut = $"{CloudName} はこの区分にかかる必須の基準が FAIL のため除いています。";

    private const string ConfidentialReason =
        $"{OnPremName} を推奨: 受け取れる候補 1 件のうち、この区分で採点できた候補はこれだけです（正答率 100.0%［51.0%〜100.0%］、n=4、月額 250,000 円）。";

    /// <summary>Coverage of the 18 items (9 public, 5 internal, 4 confidential) and of the 6,650 tasks a month (4,000 / 2,000 / 650).</summary>
    private static readonly (string Id, int Items, double Workload, string ItemShare, string WorkloadShare)[] Coverages =
    [
        (Web, 9, 4000, "50.0%", "60.2%"),
        (Platform, 14, 6000, "77.8%", "90.2%"),
        (Cloud, 14, 6000, "77.8%", "90.2%"),
        (OnPrem, 18, 6650, "100.0%", "100.0%"),
    ];

    private static readonly string[] Levels = ["public", "internal", "confidential"];

    private static readonly Dictionary<string, string> Clearances = new()
    {
        [Web] = "public",
        [Platform] = "internal",
        [Cloud] = "internal",
        [OnPrem] = "confidential",
    };

    [Fact]
    public void Every_command_of_the_flow_exits_0()
    {
        Assert.True(run.Run.ExitCode == 0, run.Run.Output + run.Run.Error);
        Assert.True(run.Export.ExitCode == 0, run.Export.Output + run.Export.Error);
        Assert.True(run.Import.ExitCode == 0, run.Import.Output + run.Import.Error);
        Assert.True(run.Report.ExitCode == 0, run.Report.Output + run.Report.Error);
        Assert.Contains("回答 9件", run.Import.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(run.ReportFile("report.html")) && File.Exists(run.ReportFile("decision.md")), run.Report.Output);

        // The run ends with the web service's answers pending, says how to collect them, and the import completes them.
        string pending = $"- {Web}: 手入力の回答が ";
        string afterRun = File.ReadAllText(Path.Combine(run.Folder.File("run-out"), run.RunId, "summary.md"));
        Assert.Contains(pending, afterRun, StringComparison.Ordinal);
        Assert.Contains($"--run {run.RunId} --provider {Web}", afterRun, StringComparison.Ordinal);
        Assert.DoesNotContain(pending, File.ReadAllText(run.ReportFile("summary.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_web_service_sheet_lists_only_the_public_items_and_its_other_items_are_recorded_as_withheld()
    {
        Assert.Equal(OfSensitivity("public").Select(i => i.Id), run.ExportedSheet.Rows.Select(r => r[0]));
        Assert.Contains($"機密区分が public を超える 9問（internal 5問、confidential 4問）は、提供先 {Web} に送れないため載せていません。", run.Export.Output, StringComparison.Ordinal);

        SheetTable results = SheetTable.Load(run.ReportFile("results.csv"));
        int item = results.Column("項目ID");
        int provider = results.Column("提供先ID");
        int status = results.Column("状態");
        string[] expected =
        [
            .. Clearances.SelectMany(c => Items.Select(i => $"{c.Key} {i.Id} {(MayReceive(c.Value, i.Sensitivity) ? "ok" : "withheld")}")).Order(StringComparer.Ordinal),
        ];
        Assert.Equal(expected, results.Rows.Select(r => $"{r[provider]} {r[item]} {r[status]}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_server_was_asked_once_for_each_item_within_each_candidates_clearance_with_its_own_key_and_never_for_the_rest()
    {
        IReadOnlyList<FakeOpenAiRequest> requests = run.Server.Requests;

        foreach ((string id, string model) in Models)
        {
            List<FakeOpenAiRequest> asked = [.. requests.Where(r => r.Model == model)];
            string[] expected = [.. Items.Where(i => MayReceive(Clearances[id], i.Sensitivity)).Select(i => i.Id).Order(StringComparer.Ordinal)];
            Assert.Equal(expected, asked.Select(r => ItemOf(r).Id).Order(StringComparer.Ordinal));
            Assert.All(asked, r => Assert.Equal(Keys[id], r.SentKey));
        }

        Assert.Equal(14 + 14 + 18, requests.Count);
        Assert.Equal(requests.Count, run.Server.RequestCount);
    }

    [Fact]
    public void No_key_value_appears_in_any_file_the_database_or_the_console()
    {
        string[] files = Directory.GetFiles(run.Folder.Path, "*", SearchOption.AllDirectories);
        Assert.Contains(files, f => f.EndsWith("results.db", StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith("report.html", StringComparison.Ordinal));

        foreach (string key in Keys.Values)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(key);
            Assert.All(files, f => Assert.True(File.ReadAllBytes(f).AsSpan().IndexOf(bytes) < 0, $"the key leaked into {f}"));
            Assert.DoesNotContain(key, run.Console, StringComparison.Ordinal);
        }
    }

    /// <summary>The comparison the renderers print, rebuilt from the stored run, against the hand-computed figures.</summary>
    [Fact]
    public async Task The_stored_run_gives_the_hand_computed_coverage_costs_and_recommendations()
    {
        DeploymentComparison comparison = (await StoredReportAsync()).Deployment!;

        Assert.Equal([Web, Platform, Cloud, OnPrem], comparison.Candidates.Select(c => c.ProviderId));
        foreach ((string id, int items, double workload, _, _) in Coverages)
        {
            Assert.Equal(new Coverage(items, 18, workload, 6650), Column(comparison, id).Coverage);
        }

        Assert.Equal([(1.0, 9), (1.0, 14), (Round(8 / 14.0), 14), (1.0, 18)], comparison.Candidates.Select(c => (Round(c.Accuracy.Value), c.Accuracy.N)));
        Assert.Equal(9, comparison.CommonCalls);
        Assert.Equal([1.0, 1.0, Round(6 / 9.0), 1.0], comparison.Candidates.Select(c => Round(c.CommonAccuracy.Value)));
        Assert.Equal([0.0, 0.0, 1.0, 0.0], comparison.Candidates.Select(c => Round(c.TrapFailureRate.Value)));
        Assert.Equal([1.0, 1.0, 1.0, 1.0], comparison.Candidates.Select(c => Round(c.RefusalAccuracy.Value)));

        // At the plan's 6,650 tasks a month; the cloud adds 0.9 yen a task. TCO: one-off + 36 × running.
        Assert.Equal([60_000.0, 220_000.0, 65_985.0, 250_000.0], comparison.Candidates.Select(c => Round(c.Cost.MonthlyTotal)));
        Assert.Equal([2_160_000.0, 7_920_000.0, 2_375_460.0, 10_680_000.0], comparison.Candidates.Select(c => Round(c.Cost.ThreeYearTco)));

        DataClassRecommendation Recommendation(Sensitivity s) => comparison.Recommendations.Single(r => r.Class == new DataClass(s, null));
        Assert.Equal((Web, PublicReason), (Recommendation(Sensitivity.Public).RecommendedId, Recommendation(Sensitivity.Public).Reason));
        Assert.Equal((Platform, InternalReason), (Recommendation(Sensitivity.Internal).RecommendedId, Recommendation(Sensitivity.Internal).Reason));
        Assert.Equal((OnPrem, ConfidentialReason), (Recommendation(Sensitivity.Confidential).RecommendedId, Recommendation(Sensitivity.Confidential).Reason));
        Assert.Equal([OnPrem], Recommendation(Sensitivity.Confidential).Candidates.Where(c => c.MayHandle).Select(c => c.ProviderId));
        Assert.True(Recommendation(Sensitivity.Internal).Candidates.Single(c => c.ProviderId == Cloud).BelowCriterion);

        // The cloud fails the required accuracy over the run (8/14), so it is left out of every class, also where it would be
        // cheaper: at −20% exchange its 63,600 yen a month becomes 50,880 < 60,000, and the web service is still recommended.
        Assert.All(comparison.Recommendations, r => Assert.True(r.Candidates.Single(c => c.ProviderId == Cloud).FailedGate));
        string Scenarios(Sensitivity s) => string.Join(" ", comparison.CostSensitivity.Recommendations.Single(r => r.Class == new DataClass(s, null)).RecommendedIds);
        Assert.Equal(string.Join(" ", Enumerable.Repeat(Web, 5)), Scenarios(Sensitivity.Public));
        Assert.Equal(string.Join(" ", Enumerable.Repeat(Platform, 5)), Scenarios(Sensitivity.Internal));
        Assert.Equal(string.Join(" ", Enumerable.Repeat(OnPrem, 5)), Scenarios(Sensitivity.Confidential));
    }

    [Fact]
    public async Task Report_html_compares_the_four_methods_with_their_coverage_and_recommends_per_data_class()
    {
        string html = await File.ReadAllTextAsync(run.ReportFile("report.html"));

        string section = Section(html, new Regex("<h(?<level>[23])[^>]*>[^<]*導入方式の比較と推奨[^<]*</h[23]>"), level => new Regex($"<h[1-{level}][ >]"));
        AssertComparison(section, WebUtility.HtmlEncode, title => new Regex($"<h[2-5][^>]*>[^<]*{title}[^<]*</h[2-5]>"));
        AssertRows(section, (_, label, cells) => $"<tr><td>{label}</td>{string.Concat(cells.Select(c => $"<td>{c}</td>"))}</tr>", "100.0% [20.7%, 100.0%]（n=1）");

        // 文書作成: the platform's and on-premises' 4/4 (Wilson [51.0%, 100%]) lie above the cloud's 0/4 ([0%, 49.0%]); the web
        // service's 2/2 ([34.2%, 100%]) overlaps it and stays unmarked.
        Assert.Contains(
            "<tr><td>文書作成</td><td>100.0% [34.2%, 100.0%]（n=2）</td><td><span class=\"ok\">最高</span> 100.0% [51.0%, 100.0%]（n=4）</td>"
            + "<td><span class=\"ng\">最低</span> 0.0% [0.0%, 49.0%]（n=4）</td><td><span class=\"ok\">最高</span> 100.0% [51.0%, 100.0%]（n=4）</td></tr>",
            section,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decision_md_compares_the_four_methods_with_their_coverage_and_recommends_per_data_class()
    {
        string markdown = await File.ReadAllTextAsync(run.ReportFile("decision.md"));

        string section = Section(
            markdown, new Regex("^(?<level>#{2,3}) .*導入方式の比較と推奨.*$", RegexOptions.Multiline), level => new Regex($"^#{{1,{level}}} ", RegexOptions.Multiline));
        AssertComparison(section, MarkdownText.EscapeUntrusted, title => new Regex($"^#{{2,5}} .*{title}", RegexOptions.Multiline));
        AssertRows(section, (group, label, cells) => $"| {group} | {label} | {string.Join(" | ", cells)} |", "100.0%（95%区間 20.7%〜100.0%、n=1）");
        Assert.Contains(
            "| 用途別の正答率 | 文書作成 | 100.0%（95%区間 34.2%〜100.0%、n=2） | 最高: 100.0%（95%区間 51.0%〜100.0%、n=4） | 最低: 0.0%（95%区間 0.0%〜49.0%、n=4） | 最高: 100.0%（95%区間 51.0%〜100.0%、n=4） |",
            section,
            StringComparison.Ordinal);

        // On the 9 public items the web service is right 9 times, the cloud 6: b = 3, c = 0, exact McNemar p = 2 × 0.5³ = 0.25;
        // Holm over the 6 pairs: 6 × 0.25 > 1, so 1.
        Assert.Matches(
            @"\| 公開Webサービス \| クラウドAPI \| 9 \| 100\.0%（95%区間 70\.1%〜100\.0%、n=9） \| 66\.7%（95%区間 35\.4%〜87\.9%、n=9） \| \+33\.3 pt（95%区間 -[\d.]+〜\+[\d.]+） \| 0\.250 \| 1\.000 \|",
            section);
    }

    private static void AssertComparison(string section, Func<string, string> escape, Func<string, Regex> heading)
    {
        Assert.All(SectionHeadings, title => Assert.Matches(heading(title), section));
        Assert.All(new[] { WebName, PlatformName, CloudName, OnPremName }, name => Assert.Contains(escape(name), section, StringComparison.Ordinal));
        foreach ((_, int items, _, string itemShare, string workloadShare) in Coverages)
        {
            Assert.Matches(new Regex($@"(?<![0-9]){items}\s*/\s*18(?![0-9])"), section);
            Assert.Contains(itemShare, section, StringComparison.Ordinal);
            Assert.Contains(workloadShare, section, StringComparison.Ordinal);
        }

        Assert.Contains(escape(ConfidentialReason), section, StringComparison.Ordinal);
        Assert.Contains(escape(PublicReason), section, StringComparison.Ordinal);
        Assert.Contains(escape("① その区分の機密度を受け取れる候補（取扱区分 clearance と導入方式の条件をともに満たす候補）だけを対象にする。"), section, StringComparison.Ordinal);
    }

    /// <summary>
    /// The rows both outputs share, whole: coverage, the monthly costs and the TCO at the plan's 6,650 tasks a month (hand
    /// figures in <see cref="FourMethodsScenario"/>), and the use only confidential items have, which three candidates may not
    /// receive (on-premises 1/1, Wilson [20.7%, 100%]).
    /// </summary>
    private static void AssertRows(string section, Func<string, string, string[], string> row, string oneOfOne)
    {
        Assert.Contains(row("カバー率", "受け取れる項目（テストセット）", ["9/18（50.0%）", "14/18（77.8%）", "14/18（77.8%）", "18/18（100.0%）"]), section, StringComparison.Ordinal);
        Assert.Contains(row("カバー率", "受け取れる業務量（月間件数）", ["4,000/6,650 件（60.2%）", "6,000/6,650 件（90.2%）", "6,000/6,650 件（90.2%）", "6,650/6,650 件（100.0%）"]), section, StringComparison.Ordinal);
        Assert.Contains(row("コスト", "月額（一時費用の月割りを含む）", ["60,000 円", "220,000 円", "65,985 円", "250,000 円"]), section, StringComparison.Ordinal);
        Assert.Contains(row("コスト", "3年TCO", ["2,160,000 円", "7,920,000 円", "2,375,460 円", "10,680,000 円"]), section, StringComparison.Ordinal);
        const string Unreachable = "－（この用途の項目を受け取れない、n=0）";
        Assert.Contains(row("用途別の正答率", "データ処理・分析", [Unreachable, Unreachable, Unreachable, oneOfOne]), section, StringComparison.Ordinal);
        Assert.Contains("計画全体の月間件数 6,650 件/月", section, StringComparison.Ordinal);
    }

    /// <summary>
    /// The text from the heading <paramref name="start"/> matches (its group "level": 2 or 3, or the number of #) up to the
    /// next heading of that level or a higher one, or the end.
    /// </summary>
    private static string Section(string document, Regex start, Func<int, Regex> next)
    {
        Match heading = start.Match(document);
        Assert.True(heading.Success, $"no heading {start} in the report");
        string level = heading.Groups["level"].Value;
        Match end = next(level.StartsWith('#') ? level.Length : int.Parse(level, CultureInfo.InvariantCulture)).Match(document, heading.Index + heading.Length);
        return document[heading.Index..(end.Success ? end.Index : document.Length)];
    }

    private async Task<RunReport> StoredReportAsync()
    {
        await using SqliteResultStore store = await SqliteResultStore.OpenAsync(run.Database);
        return RunReport.Build(await RunResults.LoadAsync(store, run.RunId));
    }

    private static CandidateColumn Column(DeploymentComparison comparison, string id) => comparison.Candidates.Single(c => c.ProviderId == id);

    private static Item ItemOf(FakeOpenAiRequest request) => Items.Single(i => request.UserText.Contains(i.Question, StringComparison.Ordinal));

    private static bool MayReceive(string clearance, string sensitivity) =>
        Array.IndexOf(Levels, sensitivity) <= Array.IndexOf(Levels, clearance);

    /// <summary>To 4 decimals: the model keeps shares to 6.</summary>
    private static double Round(double? value) => Math.Round(value ?? double.NaN, 4);
}
