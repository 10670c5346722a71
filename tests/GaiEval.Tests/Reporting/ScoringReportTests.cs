namespace GaiEval.Tests.Reporting;

using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using GaiEval.Core.Reporting;
using GaiEval.Reporting.Csv;
using GaiEval.Reporting.Json;
using GaiEval.Reporting.Summary;
using GaiEval.Tests.Support;

public sealed class ScoringReportTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Summary_markdown_has_the_scoring_breakdown_and_the_agreement_table_with_its_warning()
    {
        string markdown = SummaryMarkdownWriter.Render(await ReviewedReports.LowAgreementAsync(folder));

        Assert.Contains("## 採点の内訳", markdown, StringComparison.Ordinal);
        Assert.Contains("- `cloud`: ルール 0件、判定者 1件、人 40件（うち自動採点を覆した 8件、自動採点のなかった 0件）、採点待ち 0件\n", markdown, StringComparison.Ordinal);
        Assert.Contains("- `local`: ルール 2件、判定者 0件、人 1件（うち自動採点を覆した 0件、自動採点のなかった 1件）、採点待ち 2件、判定者が判定不能 1件\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| 判定者（模範解答との同等性） | 40 | 80.0% | 0.58 [0.33, 0.84] ⚠ |", markdown, StringComparison.Ordinal);
        Assert.Contains("> **注意**: 判定者（模範解答との同等性）と人の判定の一致度（κ）0.58 [0.33, 0.84]、n=40: 0.6未満のため判定者だけに頼らないでください。", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_markdown_has_no_agreement_table_without_human_grades()
    {
        string markdown = SummaryMarkdownWriter.Render(await ReviewedReports.UngradedAsync(folder));

        Assert.Contains("- `local`: ルール 2件、判定者 0件、人 0件、採点待ち 3件、判定者が判定不能 1件\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("| 自動採点 |", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("**注意**", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analysis_json_carries_the_matrix_kappa_overrides_and_unsupported_claims()
    {
        using JsonDocument json = JsonDocument.Parse(AnalysisJsonWriter.Render(await ReviewedReports.LowAgreementAsync(folder)));

        JsonElement reliability = json.RootElement.GetProperty("scoring_reliability");
        JsonElement judge = Assert.Single(reliability.GetProperty("agreements").EnumerateArray());
        Assert.Equal("judge", judge.GetProperty("scorer").GetString());
        Assert.Equal("judge_equivalence", judge.GetProperty("metric").GetString());
        Assert.Equal([20, 5, 3, 12], new[] { "both_correct", "only_scorer_correct", "only_human_correct", "both_wrong" }.Select(p => judge.GetProperty(p).GetInt32()));
        Assert.Equal(0.28125 / 0.48125, judge.GetProperty("kappa").GetProperty("value").GetDouble(), 12);
        Assert.Equal(40, judge.GetProperty("kappa").GetProperty("n").GetInt32());
        Assert.True(judge.GetProperty("low_agreement").GetBoolean());
        Assert.True(reliability.GetProperty("has_low_agreement").GetBoolean());
        JsonElement local = reliability.GetProperty("verdicts")[1];
        Assert.Equal(("local", 1, 2, 1), (local.GetProperty("provider_id").GetString(), local.GetProperty("overrides").GetInt32(),
            local.GetProperty("awaiting_review").GetInt32(), local.GetProperty("judge_inconclusive").GetInt32()));
        JsonElement claims = reliability.GetProperty("unsupported_claims")[1];
        Assert.Equal(0.25, claims.GetProperty("checked_rate").GetProperty("value").GetDouble(), 12);
        Assert.False(claims.TryGetProperty("judged_rate", out _));
        Assert.Equal(3, claims.GetProperty("unsupported_facts").GetInt32());
    }

    [Fact]
    public async Task Summary_markdown_has_one_line_per_judge_with_its_usage_and_cost()
    {
        string markdown = SummaryMarkdownWriter.Render(await ReviewedReports.JudgedAsync(folder));

        Assert.Contains(
            @"- `judge-llm`: モデル \<img src=x\>、" + "回答 2件を判定、呼び出し 3回、入力 40,000・出力 5,000 トークン、応答時間 p50 800 ms・p95 890 ms、"
            + "費用 1.35 円（1 USD = 150 円で換算）、1回答あたり 0.675 円\n",
            markdown,
            StringComparison.Ordinal);
        Assert.DoesNotContain(ReviewedReports.HostileModel, markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_markdown_has_no_judge_usage_without_judge_calls()
    {
        string markdown = SummaryMarkdownWriter.Render(await ReviewedReports.LowAgreementAsync(folder));

        Assert.DoesNotContain("判定者の利用量", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analysis_json_carries_each_judges_usage_and_cost()
    {
        using JsonDocument json = JsonDocument.Parse(AnalysisJsonWriter.Render(await ReviewedReports.JudgedAsync(folder)));

        JsonElement usage = Assert.Single(json.RootElement.GetProperty("scoring_reliability").GetProperty("judge_usage").EnumerateArray());
        Assert.Equal(("judge-llm", ReviewedReports.HostileModel), (usage.GetProperty("provider_id").GetString(), usage.GetProperty("models")[0].GetString()));
        Assert.Equal([2, 2, 3], new[] { "answers_judged", "evaluations", "calls" }.Select(p => usage.GetProperty(p).GetInt32()));
        Assert.Equal((40_000L, 5_000L), (usage.GetProperty("input_tokens").GetInt64(), usage.GetProperty("output_tokens").GetInt64()));
        Assert.Equal((800.0, 890.0), (usage.GetProperty("latency_p50_ms").GetDouble(), Math.Round(usage.GetProperty("latency_p95_ms").GetDouble(), 9)));
        Assert.Equal(1.35, usage.GetProperty("cost").GetDouble(), 12);
        Assert.Equal(0.675, usage.GetProperty("cost_per_answer").GetDouble(), 12);
        Assert.Equal(("JPY", "USD", 150.0), (usage.GetProperty("currency").GetString(), usage.GetProperty("pricing_currency").GetString(), usage.GetProperty("exchange_rate").GetDouble()));
        Assert.False(usage.TryGetProperty("cost_message", out _));
    }

    [Fact]
    public async Task Analysis_json_has_an_empty_judge_usage_without_judge_calls()
    {
        using JsonDocument json = JsonDocument.Parse(AnalysisJsonWriter.Render(await ReviewedReports.LowAgreementAsync(folder)));

        Assert.Equal(0, json.RootElement.GetProperty("scoring_reliability").GetProperty("judge_usage").GetArrayLength());
    }

    [Fact]
    public async Task Results_csv_has_the_final_verdict_who_decided_it_and_the_human_grade()
    {
        RunReport report = await ReviewedReports.LowAgreementAsync(folder);

        await new ResultsCsvWriter().WriteAsync(report, folder.Path);

        using var csv = new CsvReader(new StreamReader(folder.File("results.csv"), Encoding.UTF8), CultureInfo.InvariantCulture);
        List<Dictionary<string, string>> rows = [.. csv.GetRecords<dynamic>().Select(r => ((IDictionary<string, object>)r).ToDictionary(p => p.Key, p => (string)p.Value))];
        string[] Cells(string item, string provider)
        {
            Dictionary<string, string> row = rows.Single(r => r["項目ID"] == item && r["提供先ID"] == provider);
            return [row["正答"], row["判定"], row["判定元"], row["人の判定"]];
        }

        Assert.Equal(["", "誤答", "人", "部分"], Cells("q022", "cloud"));
        Assert.Equal(["", "正答", "人", "正答"], Cells("q026", "cloud"));
        Assert.Equal(["", "正答", "判定者", ""], Cells("q041", "cloud"));
        Assert.Equal(["1", "正答", "ルール", ""], Cells("q001", "local"));
        Assert.Equal(["0", "誤答", "ルール", ""], Cells("q002", "local"));
        Assert.Equal(["", "", "採点待ち", ""], Cells("q003", "local"));
        Assert.Equal(["", "正答", "人", "正答"], Cells("q004", "local"));
        Assert.Equal(["", "", "", ""], Cells("q006", "local"));
    }
}
