namespace GaiEval.Reporting.Html;

using System.Text;
using GaiEval.Core.Analysis;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Reporting;
using GaiEval.Core.Results;
using GaiEval.Core.Scoring;
using static GaiEval.Reporting.Html.HtmlText;

/// <summary>Section 9: refusals, hallucination traps that caught a provider, items withheld by sensitivity, and the risk probes with the output checks of every answer.</summary>
internal static class RiskSection
{
    /// <summary>The answers with a forbidden phrase listed here at most; the rest are counted, and results.csv has them all.</summary>
    public const int MaxTrapFailuresListed = 30;

    public static void Write(StringBuilder html, RunReport report)
    {
        IReadOnlyList<ProviderAnalysis> providers = report.Analysis.Providers;
        var rates = new HtmlTable(["提供先", "断るべき質問を断った割合 [95%区間]", "罠の項目（tags に trap）で禁止語に掛かった割合 [95%区間]"], [1, 2]);
        foreach (ProviderAnalysis p in providers)
        {
            rates.Add(p.Name, Share(p.RefusalAccuracy), Share(p.TrapFailureRate));
        }

        rates.WriteTo(html);
        WriteTrapFailures(html, report);
        WriteWithheld(html, report, providers);
        RiskProbeSection.Write(html, report.Analysis.Risk);
    }

    private static void WriteTrapFailures(StringBuilder html, RunReport report)
    {
        html.AppendLine("<h3>禁止語（罠・誤った事実）を含んだ回答</h3>");
        Dictionary<string, string> names = report.Analysis.Providers.ToDictionary(p => p.ProviderId, p => p.Name, StringComparer.Ordinal);
        var table = new HtmlTable(["提供先", "項目", "反復", "業務分野", "検出された禁止語"]);
        int more = 0;
        foreach (ResponseSummary r in report.Results.Responses.Where(r => r.Status == ResponseStatus.Ok))
        {
            if (report.Results.Score(r.Key, MetricNames.MustNotIncludeHits) is not { Value: > 0 } hits)
            {
                continue;
            }

            if (table.Count == MaxTrapFailuresListed)
            {
                more++;
            }
            else
            {
                table.Add(names.GetValueOrDefault(r.ProviderId, r.ProviderId), r.ItemId, $"{r.Repeat}", report.Results.ItemsById[r.ItemId].Category,
                    hits.Reason ?? string.Join("、", report.Results.ItemsById[r.ItemId].MustNotInclude));
            }
        }

        if (table.Count == 0)
        {
            html.AppendLine("<p>禁止語を含んだ回答はありません。</p>");
            return;
        }

        table.WriteTo(html);
        if (more > 0)
        {
            html.AppendLine($"<p class=\"note\">ほか {more} 件（results.csv の「禁止語検出数」を参照）。</p>");
        }
    }

    private static void WriteWithheld(StringBuilder html, RunReport report, IReadOnlyList<ProviderAnalysis> providers)
    {
        html.AppendLine("<h3>機密区分により送信しなかった項目</h3>");
        var table = new HtmlTable(["機密区分", .. providers.Select(p => p.Name)], [.. Enumerable.Range(1, providers.Count)]);
        foreach (Sensitivity sensitivity in Enum.GetValues<Sensitivity>())
        {
            int[] counts = [.. providers.Select(p => report.Results.Responses.Count(r =>
                r.ProviderId == p.ProviderId && r.Status == ResponseStatus.Withheld && report.Results.ItemsById[r.ItemId].Sensitivity == sensitivity))];
            table.Add([SensitivityName(sensitivity), .. counts.Select(c => $"{c}")]);
        }

        table.WriteTo(html);
        html.AppendLine("<p class=\"note\">項目の機密区分が、提供先に許可した区分（clearance）を超える場合は送信していません。その項目は正答率の分母に入りません。</p>");
    }

    public static string SensitivityName(Sensitivity sensitivity) => $"{SensitivityNames.Name(sensitivity)}（{SensitivityNames.Label(sensitivity)}）";
}
