namespace GaiEval.Reporting.Html;

using System.Text;
using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Statistics;
using GaiEval.Core.Reporting;
using GaiEval.Core.Results;
using static GaiEval.Reporting.Html.HtmlText;

/// <summary>Section 6: latency and time to first token percentiles with bootstrap intervals, then errors and timeouts.</summary>
internal static class LatencySection
{
    private const int MaxFailuresListed = 30;

    public static void Write(StringBuilder html, RunReport report)
    {
        IReadOnlyList<ProviderAnalysis> providers = report.Analysis.Providers;
        var table = new HtmlTable(["提供先", "指標", "p50", "p90", "p95", "p99", "n"], [.. Enumerable.Range(2, 5)]);
        foreach (ProviderAnalysis p in providers)
        {
            Add(table, p.Name, "応答時間（最後のトークンまで）", p.Latency.LatencyMs);
            Add(table, p.Name, "最初のトークンまで", p.Latency.TimeToFirstTokenMs);
            if (p.Latency.TotalP95Ms is { } total)
            {
                table.Add(p.Name, "再試行・待ちを含む全体", "－", "－", Figure(total, Milliseconds), "－", $"{total.N}");
            }
        }

        table.WriteTo(html);
        html.AppendLine($"<p class=\"note\">ミリ秒。[ ] は95%ブートストラップ区間（{report.Analysis.BootstrapResamples}回。計算量を一定にするため、{BootstrapBudget.Draws / report.Analysis.BootstrapResamples:N0}件を超える標本では回数を減らし、最少{BootstrapBudget.MinResamples}回。使った回数と区間端のモンテカルロ誤差は analysis.json の各区間の method にあります）。キャッシュから返した回答は含みません。</p>");
        html.AppendLine("<h3>エラー</h3>");
        var errors = new HtmlTable(["提供先", "送信した呼び出し", "エラー", "タイムアウト", "エラー率 [95%区間]", "タイムアウト率 [95%区間]", "キャッシュ応答"], [.. Enumerable.Range(1, 6)]);
        foreach (ProviderAnalysis p in providers)
        {
            errors.Add(p.Name, $"{p.Counts.Made}", $"{p.Counts.Errors}", $"{p.Counts.Timeouts}", Share(p.ErrorRate), Share(p.TimeoutRate), $"{p.Counts.Cached}");
        }

        errors.WriteTo(html);
        List<ResponseSummary> failures = [.. report.Results.Responses.Where(r => r.Status is ResponseStatus.Error or ResponseStatus.Timeout)];
        if (failures.Count > 0)
        {
            var list = new HtmlTable(["提供先", "項目", "反復", "状態", "内容"]);
            foreach (ResponseSummary f in failures.Take(MaxFailuresListed))
            {
                list.Add(f.ProviderId, f.ItemId, $"{f.Repeat}", f.Status == ResponseStatus.Timeout ? "タイムアウト" : "エラー", f.Error ?? string.Empty);
            }

            list.WriteTo(html);
            if (failures.Count > MaxFailuresListed)
            {
                html.AppendLine($"<p class=\"note\">ほか {failures.Count - MaxFailuresListed} 件（results.csv を参照）。</p>");
            }
        }
    }

    private static void Add(HtmlTable table, string name, string metric, LatencyPercentiles? p)
    {
        if (p is null)
        {
            table.Add(name, metric, "－", "－", "－", "－", "0");
            return;
        }

        table.Add(name, metric, Figure(p.P50, Milliseconds), Figure(p.P90, Milliseconds), Figure(p.P95, Milliseconds), Figure(p.P99, Milliseconds), $"{p.P50.N}");
    }
}
