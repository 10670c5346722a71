namespace GaiEval.Tests.Reporting.MethodComparison;

using System.Net;
using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Deployment;
using GaiEval.Core.Model;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Html;
using GaiEval.Reporting.Methods;
using GaiEval.Tests.Support;

public sealed class MethodComparisonHtmlTests : IDisposable
{
    private static readonly string Web = WebUtility.HtmlEncode(MethodRun.WebName);

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task The_section_follows_the_kpis_with_its_five_parts()
    {
        string html = new HtmlReportWriter().Render(await MethodRun.BuildAsync(folder));
        string section = Section(html, 3);

        Assert.Contains("<li><a href=\"#s3\">3. 導入方式の比較と推奨</a></li>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>3. 導入方式の比較と推奨</h2>", section, StringComparison.Ordinal);
        Assert.Contains("<h2>4. 正答率</h2>", Section(html, 4), StringComparison.Ordinal);
        int[] positions = [.. new[] { "候補の比較", "共通の項目での差", "データの区分ごとの推奨", "推奨の決め方", "費用の感度" }
            .Select(h => section.IndexOf($"<h3>{h}</h3>", StringComparison.Ordinal))];
        Assert.All(positions, p => Assert.True(p >= 0, string.Join(", ", positions)));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains($"<th>{Web}<br>Webサービス</th><th>区の共通基盤<br>組織向けプラットフォーム</th><th>庁内サーバー<br>オンプレミス</th>", section, StringComparison.Ordinal);
        Assert.Contains("<tr><th colspan=\"4\">セキュリティ</th></tr>", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_the_plan_leaves_out_is_unstated_never_zero_or_none_and_the_costs_are_computed_by_hand()
    {
        string section = Section(new HtmlReportWriter().Render(await MethodRun.BuildAsync(folder)), 3);

        // The platform has no deployment profile; on-premises leaves its data preparation cost out.
        Assert.Contains("<tr><td>接続経路</td><td>インターネット</td><td>未記入</td><td>閉域</td></tr>", section, StringComparison.Ordinal);
        Assert.Contains("<tr><td>保存日数</td><td>30 日</td><td>未記入</td><td>保存しない（0日）</td></tr>", section, StringComparison.Ordinal);
        Assert.Contains("<tr><td>学習への利用</td><td>あり</td><td>未記入</td><td>なし</td></tr>", section, StringComparison.Ordinal);
        Assert.Contains("<tr><td>監査ログ</td><td>なし</td><td>未記入</td><td>あり</td></tr>", section, StringComparison.Ordinal);
        Assert.Contains("<tr><td>カスタマイズの範囲</td><td>指示文</td><td>未記入</td><td>RAG（区の資料を参照）</td></tr>", section, StringComparison.Ordinal);
        Assert.Contains("<tr><td>導入作業</td><td>2 人日</td><td>未記入</td><td>20 人日</td></tr>", section, StringComparison.Ordinal);
        Assert.Contains("<tr><td>開発の要否</td><td>開発は不要</td><td>未記入</td><td>開発が必要</td></tr>", section, StringComparison.Ordinal);
        Assert.Contains("<tr><td>一時費用: データ整備費</td><td>0 円</td><td>未記入</td><td>未記入</td></tr>", section, StringComparison.Ordinal);
        Assert.Contains("<tr><td>一時費用: 初期費用</td><td>0 円</td><td>未記入</td><td>3,000,000 円</td></tr>", section, StringComparison.Ordinal);
        Assert.Contains("<tr><td>一時費用計</td><td>0 円</td><td>未記入</td><td>4,200,000 円 以上（未記入あり）</td></tr>", section, StringComparison.Ordinal);
        Assert.Contains("<tr><td>契約月数</td><td>12 か月</td><td>未記入</td><td>60 か月</td></tr>", section, StringComparison.Ordinal);

        // web: (40 × 300,000 + 20 × 1,200,000) / 1M = 36 円 a task × 1,000 a month; on-premises: 200,000 + 4,200,000 / 60.
        Assert.Contains("<tr><td>月額（運用）</td><td>36,000 円</td><td>50,000 円</td><td>200,000 円</td></tr>", section, StringComparison.Ordinal);
        Assert.Contains("<tr><td>月額（一時費用の月割りを含む）</td><td>36,000 円</td><td>50,000 円（一時費用は未記入のため含まない）</td><td>270,000 円 以上（一時費用に未記入あり）</td></tr>", section, StringComparison.Ordinal);

        // At the plan's 1,000 tasks a month, over the correct share and its Wilson bounds: 36,000 / (1,000 × 5/6) = 43 [36,000 / 970 = 37, 36,000 / 436 = 82];
        // 270,000 / (1,000 × 7/8) = 309 [270,000 / 978 = 276, 270,000 / 529 = 510], a lower bound as on-premises leaves a one-off cost out.
        Assert.Contains("<tr><td>正答1件あたり</td><td>43 円 [37 円, 82 円]</td><td>60 円 [52 円, 115 円]</td><td>309 円 [276 円, 510 円] 以上（一時費用に未記入あり）</td></tr>", section, StringComparison.Ordinal);
        Assert.Contains("月額・3年TCO・正答1件あたりは、計画全体の月間件数 1,000 件/月での額です", section, StringComparison.Ordinal);
        Assert.Contains("<tr><td>3年TCO</td><td>1,296,000 円</td><td>未記入（一時費用が未記入）</td><td>11,400,000 円 以上（未記入あり）</td></tr>", section, StringComparison.Ordinal);

        // 50,000 / 36 = 1,388.9 tasks a month; the platform and on-premises differ only in their fixed costs.
        Assert.Contains("<tr><td>損益分岐（対 区の共通基盤）</td><td>月 1,389 件で費用が等しくなります。", section, StringComparison.Ordinal);
        Assert.Contains("<tr><td>拒否の正答率</td><td>－（拒否すべき項目の回答がない、n=0）</td>", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coverage_and_the_stated_reason_for_the_clearance_are_printed()
    {
        string section = Section(new HtmlReportWriter().Render(await MethodRun.BuildAsync(folder)), 3);

        Assert.Contains("<tr><td>取扱区分の上限</td><td>庁内限り</td><td>庁内限り</td><td>機密</td></tr>", section, StringComparison.Ordinal);
        Assert.Contains("<tr><td>受け取れる項目（テストセット）</td><td>6/8（75.0%）</td><td>6/8（75.0%）</td><td>8/8（100.0%）</td></tr>", section, StringComparison.Ordinal);
        Assert.Contains("<tr><td>受け取れる業務量（月間件数）</td><td>6,000/6,650 件（90.2%）</td><td>6,000/6,650 件（90.2%）</td><td>6,650/6,650 件（100.0%）</td></tr>", section, StringComparison.Ordinal);
        Assert.Contains($"<tr><td>送信可能区分の理由</td><td>{MethodRun.Reason}</td><td>－（理由の必要なし）</td><td>－（理由の必要なし）</td></tr>", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quality_shows_intervals_and_n_and_marks_no_use_where_the_intervals_overlap()
    {
        string section = Section(new HtmlReportWriter().Render(await MethodRun.BuildAsync(folder)), 3);

        // Wilson 5/6: [43.6%, 97.0%]; 7/8: [52.9%, 97.8%].
        Assert.Contains("<tr><td>正答率（受け取れる項目）</td><td>83.3% [43.6%, 97.0%]（n=6）</td><td>83.3% [43.6%, 97.0%]（n=6）</td><td>87.5% [52.9%, 97.8%]（n=8）</td></tr>", section, StringComparison.Ordinal);
        Assert.Contains("<tr><td>正答率（共通の項目）</td><td>83.3% [43.6%, 97.0%]（n=6）</td><td>83.3% [43.6%, 97.0%]（n=6）</td><td>83.3% [43.6%, 97.0%]（n=6）</td></tr>", section, StringComparison.Ordinal);
        Assert.Contains("<tr><td>応答時間 p50</td><td>1.20 秒 [1.20 秒, 1.80 秒]（n=6）</td><td>1.20 秒 [1.20 秒, 1.80 秒]（n=6）</td><td>1.20 秒（n=8）</td></tr>", section, StringComparison.Ordinal);

        // Wilson 1/2: [9.5%, 90.5%], 2/2: [34.2%, 100%], 4/4: [51.0%, 100%], 3/4: [30.1%, 95.4%]: every interval overlaps, nothing is marked.
        Assert.Contains("<tr><td>文書作成</td><td>50.0% [9.5%, 90.5%]（n=2）</td><td>100.0% [34.2%, 100.0%]（n=2）</td><td>100.0% [51.0%, 100.0%]（n=4）</td></tr>", section, StringComparison.Ordinal);
        Assert.Contains("<tr><td>対話生成</td><td>100.0% [51.0%, 100.0%]（n=4）</td><td>75.0% [30.1%, 95.4%]（n=4）</td><td>75.0% [30.1%, 95.4%]（n=4）</td></tr>", section, StringComparison.Ordinal);
        Assert.DoesNotContain("<span class=\"ok\">最高</span>", section, StringComparison.Ordinal);
        Assert.Contains("最も高い候補と最も低い候補の95%区間が重ならないときだけ", section, StringComparison.Ordinal);
        Assert.Contains("すべての候補が回答し採点された 6 件", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_recommendation_per_data_class_gives_its_reason_and_the_rule()
    {
        RunReport report = await MethodRun.BuildAsync(folder);
        string section = Section(new HtmlReportWriter().Render(report), 3);

        // Only on-premises may receive confidential items: 2 of 2 right, Wilson [34.2%, 100%]; 200,000 + 70,000 a month, a
        // lower bound as its data preparation is unstated.
        Assert.Contains(
            "<tr><td>機密・全用途</td><td class=\"num\">2</td><td>650 件/月（機密の件数）</td><td>庁内サーバー</td>"
            + "<td>庁内サーバー を推奨: 受け取れる候補 1 件のうち、この区分で採点できた候補はこれだけです（正答率 100.0%［34.2%〜100.0%］、n=2、月額 270,000 円 以上（一時費用に未記入あり））。</td></tr>",
            section,
            StringComparison.Ordinal);

        // Public: all three comparable, but the platform states no one-off costs and on-premises only part of them, so the
        // cheapest cannot be told (web 144,000 is known; platform 50,000 and on-premises 270,000 are lower bounds): 要判断.
        Assert.Contains(
            "<tr><td>公開・全用途</td><td class=\"num\">4</td><td>4,000 件/月（公開の件数）</td><td>要判断</td><td>品質で劣るとは言えない候補（"
            + Web + "、区の共通基盤、庁内サーバー）のうち、区の共通基盤、庁内サーバー の月額費用が未記入（一時費用の一部の未記入を含む）か計算できないため、費用では選べません（要判断）。</td></tr>",
            section,
            StringComparison.Ordinal);
        Assert.All(report.Deployment!.RecommendationRule, step => Assert.Contains($"<p>{WebUtility.HtmlEncode(step)}</p>", section, StringComparison.Ordinal));
        Assert.Equal(5, report.Deployment.RecommendationRule.Count);
        Assert.Contains("<details><summary>区分ごとの各候補の数値", section, StringComparison.Ordinal);
        Assert.Contains("<tr><td>機密・全用途</td><td>区の共通基盤</td><td>受け取れない</td><td class=\"num\">－（受け取れない）</td><td>－</td><td>－</td><td class=\"num\">－</td></tr>", section, StringComparison.Ordinal);
        Assert.Contains("<tr><td>公開・全用途</td><td>区の共通基盤</td><td>受け取れる</td><td class=\"num\">75.0% [30.1%, 95.4%]（n=4）</td><td>はい</td><td>－（基準なし）</td><td class=\"num\">－（未記入か計算できない）</td></tr>", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cost_sensitivity_marks_a_choice_that_depends_on_the_volume()
    {
        string section = Section(new HtmlReportWriter().Render(await MethodRun.BuildAsync(folder)), 3);

        Assert.Contains("<th>区分</th><th>計画どおり</th><th>件数 &#189;</th><th>件数 2倍</th><th>為替 −20%</th><th>為替 +20%</th><th>判定</th>", section, StringComparison.Ordinal);

        // Internal: 要判断 under every scenario (the platform's and on-premises' one-off costs are not stated in full).
        Assert.Contains("<tr><td>庁内限り・全用途</td><td>要判断</td><td>要判断</td><td>要判断</td><td>要判断</td><td>要判断</td><td>変わらない</td></tr>", section, StringComparison.Ordinal);
        Assert.Contains("<tr><td>機密・全用途</td><td>庁内サーバー</td><td>庁内サーバー</td><td>庁内サーバー</td><td>庁内サーバー</td><td>庁内サーバー</td><td>変わらない</td></tr>", section, StringComparison.Ordinal);
        // Web against the platform cross at 1,389 a month (both in yen, so the exchange rate moves nothing); at double the
        // plan's 1,000 the platform is the cheaper: the conclusion depends on the volume.
        Assert.Contains(
            $"<tr><td>{Web}</td><td>区の共通基盤</td><td>分岐 1,389 件/月、{Web} が安い</td><td>分岐 1,389 件/月、{Web} が安い</td>"
            + $"<td>分岐 1,389 件/月、区の共通基盤 が安い</td><td>分岐 1,389 件/月、{Web} が安い</td><td>分岐 1,389 件/月、{Web} が安い</td><td>前提しだいで変わる</td></tr>",
            section,
            StringComparison.Ordinal);
        Assert.Contains("<tr><td>区の共通基盤</td><td>庁内サーバー</td><td>交わらない、区の共通基盤 が安い</td>", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_use_without_a_scored_answer_says_whether_the_candidate_may_receive_its_items()
    {
        RunReport report = await MethodRun.BuildAsync(folder);
        DeploymentComparison comparison = report.Deployment!;
        CandidateColumn platform = comparison.Candidates[1];
        var unscored = new Estimate(null, 0, 1, 0, "Wilson");
        report = report with
        {
            Deployment = comparison with
            {
                Candidates =
                [
                    comparison.Candidates[0],
                    platform with { AccuracyByUse = [.. platform.AccuracyByUse.Select(u => u.Name == ItemUses.DocumentDrafting ? u with { Accuracy = unscored } : u)] },
                    comparison.Candidates[2],
                ],
            },
        };

        string section = Section(new HtmlReportWriter().Render(report), 3);

        // The platform may receive the internal 文書作成 items (its ceiling is 庁内限り) but nothing of it was scored.
        Assert.Contains("<tr><td>文書作成</td><td>50.0% [9.5%, 90.5%]（n=2）</td><td>－（採点された回答がない、n=0）</td><td>100.0% [51.0%, 100.0%]（n=4）</td></tr>", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_common_calls_there_is_no_pair_table_and_the_common_accuracy_says_why()
    {
        RunReport report = await MethodRun.BuildAsync(folder);
        DeploymentComparison comparison = report.Deployment!;
        report = report with
        {
            Deployment = comparison with { CommonCalls = 0, CommonComparisons = [.. comparison.CommonComparisons.Select(c => c with { N = 0 })] },
        };

        string section = Section(new HtmlReportWriter().Render(report), 3);

        Assert.Contains("<h3>共通の項目での差</h3>\n<p>すべての候補が回答し採点された項目が1件もないため、共通の項目での差は計算できません", section, StringComparison.Ordinal);
        Assert.DoesNotContain("<th>対の数</th>", section, StringComparison.Ordinal);
        const string None = "－（全候補が回答し採点された項目がない、n=0）";
        Assert.Contains($"<tr><td>正答率（共通の項目）</td><td>{None}</td><td>{None}</td><td>{None}</td></tr>", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_break_even_note_names_the_plan_volume_and_the_details_do_not_claim_a_class_volume()
    {
        string section = Section(new HtmlReportWriter().Render(await MethodRun.BuildAsync(folder)), 3);

        Assert.Contains(WebUtility.HtmlEncode("計画全体の月間件数 1,000 件/月（件数 ½・2倍の欄はその半分・2倍）で安い候補。"), section, StringComparison.Ordinal);
        Assert.Contains("<th>月額（上の表の月間件数で）</th>", section, StringComparison.Ordinal);
        Assert.DoesNotContain("その取扱区分の件数で", section, StringComparison.Ordinal);
        Assert.Contains("<p>" + WebUtility.HtmlEncode(MethodLabels.SensitivityIntro) + "</p>", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_provider_name_with_a_script_is_escaped()
    {
        string section = Section(new HtmlReportWriter().Render(await MethodRun.BuildAsync(folder)), 3);

        Assert.Contains("Web&lt;script&gt;alert(1)&lt;/script&gt;|社", section, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_candidate_without_pricing_shows_why_and_the_rule_leaves_the_choice_to_a_person()
    {
        string section = Section(new HtmlReportWriter().Render(await MethodRun.BuildAsync(folder, withUnpricedCloud: true)), 3);

        Assert.Contains("<tr><td>月額（一時費用の月割りを含む）</td><td>36,000 円</td><td>50,000 円（一時費用は未記入のため含まない）</td><td>270,000 円 以上（一時費用に未記入あり）</td><td>料金未設定</td></tr>", section, StringComparison.Ordinal);
        Assert.Contains("<tr><td>接続経路</td><td>インターネット</td><td>未記入</td><td>閉域</td><td>未記入</td></tr>", section, StringComparison.Ordinal);
        Assert.Contains("<tr><td>庁内限り・全用途</td><td class=\"num\">2</td><td>2,000 件/月（庁内限りの件数）</td><td>要判断</td>", section, StringComparison.Ordinal);
        Assert.Contains($"{MethodRun.CloudName} の月額費用が未記入（一時費用の一部の未記入を含む）か計算できないため、費用では選べません（要判断）。", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_economics_the_costs_say_why_instead_of_unstated_or_zero()
    {
        string section = Section(new HtmlReportWriter().Render(await MethodRun.BuildAsync(folder, withEconomics: false)), 3);
        const string Why = "計画に economics がないため費用は計算していません";

        Assert.Contains($"<tr><td>一時費用: 初期費用</td><td>{Why}</td><td>未記入</td><td>{Why}</td></tr>", section, StringComparison.Ordinal);
        Assert.Contains($"<tr><td>月額（一時費用の月割りを含む）</td><td>{Why}</td><td>{Why}</td><td>{Why}</td></tr>", section, StringComparison.Ordinal);
        Assert.Contains("<tr><td>公開・全用途</td><td class=\"num\">4</td><td>未計算（計画に economics がない）</td><td>要判断</td>", section, StringComparison.Ordinal);
        Assert.Contains("<p class=\"note\">計画に economics がないため費用は計算していません。推奨の費用比較・費用の感度も計算していません。</p>", section, StringComparison.Ordinal);
        Assert.Contains("<td>機密・全用途</td><td>庁内サーバー</td><td>庁内サーバー</td>", section, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_candidate_the_section_says_there_is_nothing_to_compare()
    {
        await using StoredRun stored = await StoredRun.CreateAsync(folder, [StoredRun.Item("a1")], StoredRun.Provider("cloud"));
        stored.Answer("a1", "cloud", "1通300円です。", correct: true, latencyMs: 100);
        RunReport report = RunReport.Build(await stored.SaveAsync());

        string section = Section(new HtmlReportWriter().Render(report), 3);

        Assert.Null(report.Deployment);
        Assert.Contains("<p>計画に導入候補（candidate: true）の提供先がないため、導入方式の比較はありません。候補を加えると", section, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", section, StringComparison.Ordinal);
    }

    private static string Section(string html, int number)
    {
        int start = html.IndexOf($"<section id=\"s{number}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"section {number} missing");
        int end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }
}
