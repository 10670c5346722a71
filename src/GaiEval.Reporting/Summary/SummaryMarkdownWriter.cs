namespace GaiEval.Reporting.Summary;

using System.Globalization;
using System.Text;
using GaiEval.Core.Analysis;
using GaiEval.Core.Plans;
using GaiEval.Core.Reporting;
using GaiEval.Core.Results;
using GaiEval.Reporting.Text;

/// <summary>Writes summary.md: run facts, the per-provider table and how to read it, in Japanese.</summary>
public sealed class SummaryMarkdownWriter : IReportWriter
{
    private const int MaxFailuresListed = 20;

    public string FileName => "summary.md";

    public async Task WriteAsync(RunReport report, string folder, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, FileName), Render(report), new UTF8Encoding(false), cancellationToken)
            .ConfigureAwait(false);
    }

    public static string Render(RunReport report)
    {
        RunInfo run = report.Results.Run;
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# 評価結果の要約: {MarkdownText.Escape(run.PlanName)}");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"- 実行ID: `{run.RunId}`（状態: {RunStatusNames.Japanese(run.Status)}）");
        string finished = run.FinishedAt is { } f ? $" / 終了: {f:yyyy-MM-dd HH:mm:ss zzz}" : string.Empty;
        md.AppendLine(CultureInfo.InvariantCulture, $"- 開始: {run.StartedAt:yyyy-MM-dd HH:mm:ss zzz}{finished}");
        md.AppendLine(CultureInfo.InvariantCulture, $"- テストセット: `{Path.GetFileName(run.TestSetPath)}`（{run.ItemCount}問、SHA-256 `{run.TestSetHash[..12]}…`）、反復 {run.Repeats}回");
        md.AppendLine(CultureInfo.InvariantCulture, $"- 成功基準のハッシュ: `{run.CriteriaHash[..12]}…`、GaiEval {run.ToolVersion}");
        if (report.Knowledge?.Notice is { } knowledgeChanged)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- {MarkdownText.Escape(knowledgeChanged)}");
        }

        if (report.Kpi is { } kpi)
        {
            md.AppendLine(KpiSummaryLine.Of(kpi));
        }

        md.AppendLine();
        md.AppendLine("## 提供先ごとの結果");
        md.AppendLine();
        AppendTable(md, report.Summary);
        md.AppendLine();
        AppendNotMeasured(md, report);
        ScoringMarkdown.Append(md, report.Reliability);
        md.AppendLine();
        md.AppendLine("## 読み方");
        md.AppendLine();
        md.AppendLine("- **正答率**: 正誤を判定できた回答のうち正答の割合。正誤は人の判定、ルール（必須語・禁止語・期待する振る舞い）、判定者の順に優先します。括弧内は95% Wilson信頼区間で、幅が広いほど問題数が足りません。");
        md.AppendLine("- **拒否の正答**: 断るべき質問（他人の個人情報、対象外、有害な依頼）を正しく断った数／該当数。");
        md.AppendLine("- **平均char-F1**: 模範解答との文字単位の一致度（JSQuAD方式、0〜1）。言い換えに弱いため参考値です。");
        md.AppendLine("- **応答p50/p95**: 1回の呼び出しの応答時間の中央値と95パーセンタイル（キャッシュからの応答は除外）。");
        md.AppendLine("- **トークン**: 1問あたりの平均。`*` は提供先が報告しなかったため o200k_base などのトークナイザーで推定した値です。");
        md.AppendLine("- **未採点**: 正誤の判定がまだない回答（ルールのない自由記述の課題など）。判定者または職員による採点を待っています。");
        md.AppendLine("- **判定保留**: ルールでは正誤を決められなかった回答（拒否しながら内容も答えている「漏れのある拒否」など）。判定者または職員（review export）の採点を待っており、正答率に含めていません。");
        md.AppendLine("- **送信対象外**: 項目の機密区分が提供先に許可された区分を超えるため送信しなかった数。");
        AppendFailures(md, report);
        return md.ToString();
    }

    /// <summary>Providers with no answer to judge: their row of zeros is no result, and the reason says why.</summary>
    private static void AppendNotMeasured(StringBuilder md, RunReport report)
    {
        IReadOnlyList<(ProviderProfile Provider, string Why)> notMeasured = report.NotMeasured;
        foreach ((ProviderProfile provider, string why) in notMeasured)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- **NOT MEASURED（未測定）** `{provider.Id}`: {MarkdownText.Escape(why)}");
        }

        if (notMeasured.Count > 0)
        {
            md.AppendLine();
        }
    }

    private static void AppendTable(StringBuilder md, RunSummary summary)
    {
        md.AppendLine("| " + string.Join(" | ", SummaryColumns.Headers) + " |");
        md.AppendLine("|" + string.Join("|", SummaryColumns.RightAligned.Select(r => r ? "---:" : "---")) + "|");
        foreach (ProviderSummary provider in summary.Providers)
        {
            md.AppendLine("| " + string.Join(" | ", SummaryColumns.Cells(provider).Select(MarkdownText.Escape)) + " |");
        }

        md.AppendLine();
        foreach (ProviderSummary provider in summary.Providers)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- `{provider.ProviderId}`: {MarkdownText.Escape(provider.Name)}");
        }
    }

    private static void AppendFailures(StringBuilder md, RunReport report)
    {
        List<ResponseSummary> failures = [.. report.Results.Responses.Where(r => r.Status is ResponseStatus.Error or ResponseStatus.Timeout)];
        if (failures.Count == 0 && report.Summary.MissingCalls == 0)
        {
            return;
        }

        md.AppendLine();
        md.AppendLine("## 注意");
        md.AppendLine();
        string runId = report.Results.Run.RunId;
        foreach (ProviderSummary provider in report.Summary.Providers.Where(p => p.Planned > p.Stored))
        {
            bool manual = report.Results.Plan.Providers.Any(p => p.Id == provider.ProviderId && AdapterCatalogue.Of(p.Adapter).CollectedByHand);
            md.AppendLine(manual
                ? $"- {provider.ProviderId}: 手入力の回答が {provider.Planned - provider.Stored} 件まだ取り込まれていません。`gaieval collect export` で表を作り、記入後に `gaieval collect import 表.csv --run {runId} --provider {provider.ProviderId}` で取り込みます。"
                : $"- {provider.ProviderId}: 未実行の呼び出しが {provider.Planned - provider.Stored} 件あります。`gaieval run --resume {runId}` で再開できます。");
        }

        foreach (ResponseSummary failure in failures.Take(MaxFailuresListed))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- {failure.ProviderId} / {failure.ItemId}（反復{failure.Repeat}）: {MarkdownText.Escape(failure.Error ?? string.Empty)}");
        }

        if (failures.Count > MaxFailuresListed)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"- ほか {failures.Count - MaxFailuresListed} 件（results.csv を参照）");
        }
    }
}
