namespace GaiEval.Reporting.Comparison;

using System.Globalization;
using System.Text;
using GaiEval.Core.Analysis;
using GaiEval.Core.Reporting;
using GaiEval.Core.Results;
using GaiEval.Reporting.Text;

/// <summary>
/// Writes comparison.md: one run beside earlier runs (PoC rounds, a model upgrade), per provider id present in both, with
/// the change (this run − the other). Providers in only one run are named; differing test sets are warned about.
/// </summary>
public static class ComparisonMarkdownWriter
{
    public const string FileName = "comparison.md";

    public static async Task WriteAsync(RunReport current, IReadOnlyList<RunReport> others, string folder, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, FileName), Render(current, others), new UTF8Encoding(false), cancellationToken)
            .ConfigureAwait(false);
    }

    public static string Render(RunReport current, IReadOnlyList<RunReport> others)
    {
        RunInfo run = current.Results.Run;
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# 実行の比較: {MarkdownText.Escape(run.PlanName)}");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"この実行 `{run.RunId}`（{run.StartedAt:yyyy-MM-dd HH:mm}）を比較先の実行と並べます。変化 = この実行 − 比較先。区間は95%です。");
        foreach (RunReport other in others)
        {
            AppendRun(md, current, other);
        }

        return md.ToString();
    }

    private static void AppendRun(StringBuilder md, RunReport current, RunReport other)
    {
        RunInfo before = other.Results.Run;
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"## 比較先 `{before.RunId}`（{MarkdownText.Escape(before.PlanName)}、{before.StartedAt:yyyy-MM-dd HH:mm}）");
        md.AppendLine();
        if (!string.Equals(before.TestSetHash, current.Results.Run.TestSetHash, StringComparison.OrdinalIgnoreCase))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"> **注意**: テストセットが異なります（比較先 `{before.TestSetHash[..Math.Min(12, before.TestSetHash.Length)]}…`、この実行 `{current.Results.Run.TestSetHash[..Math.Min(12, current.Results.Run.TestSetHash.Length)]}…`）。問が違うため、差は方式の変化だけを表しません。");
            md.AppendLine();
        }

        Dictionary<string, ProviderAnalysis> earlier = other.Analysis.Providers.ToDictionary(p => p.ProviderId, StringComparer.Ordinal);
        foreach (ProviderAnalysis now in current.Analysis.Providers.Where(p => earlier.ContainsKey(p.ProviderId)))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"### {MarkdownText.Escape(now.ProviderId)}（{MarkdownText.Escape(now.Name)}）");
            md.AppendLine();
            md.AppendLine("| 指標 | 比較先 | この実行 | 変化 |");
            md.AppendLine("|---|---:|---:|---:|");
            foreach (ComparisonRow row in ComparisonRow.Of(earlier[now.ProviderId], now))
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| {row.Metric} | {row.Before} | {row.After} | {row.Change} |");
            }

            md.AppendLine();
        }

        AppendOnlyIn(md, "この実行だけにある方式", current.Analysis.Providers.Where(p => !earlier.ContainsKey(p.ProviderId)));
        HashSet<string> currentIds = [.. current.Analysis.Providers.Select(p => p.ProviderId)];
        AppendOnlyIn(md, "比較先だけにある方式", other.Analysis.Providers.Where(p => !currentIds.Contains(p.ProviderId)));
    }

    private static void AppendOnlyIn(StringBuilder md, string label, IEnumerable<ProviderAnalysis> providers)
    {
        List<string> ids = [.. providers.Select(p => MarkdownText.Escape(p.ProviderId))];
        if (ids.Count > 0)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- {label}: {string.Join(", ", ids)}");
        }
    }
}
