namespace GaiEval.Reporting.Html;

using System.Globalization;
using System.Text;
using GaiEval.Core.Plans;
using GaiEval.Core.Reporting;
using GaiEval.Core.Results;
using GaiEval.Reporting.Summary;
using static GaiEval.Reporting.Html.HtmlText;

/// <summary>Section 11: what was run, on what, with which tool, and each provider's settings (never a key, only its variable's name).</summary>
internal static class RunFactsSection
{
    public static void Write(StringBuilder html, RunReport report)
    {
        RunInfo run = report.Results.Run;
        bool changed = report.Decision?.CriteriaChanged ?? false;
        html.Append("<dl class=\"facts\">");
        Fact(html, "計画", $"{run.PlanName}（{Path.GetFileName(run.PlanFile)}）");
        Fact(html, "実行ID / 状態", $"{run.RunId} / {RunStatusNames.Japanese(run.Status)}");
        Fact(html, "開始 / 終了", $"{Time(run.StartedAt)} / {(run.FinishedAt is { } f ? Time(f) : "－")}");
        Fact(html, "テストセット", $"{Path.GetFileName(run.TestSetPath)}（{run.ItemCount}問、反復 {run.Repeats}回）");
        Fact(html, "テストセットの SHA-256", run.TestSetHash);
        Fact(html, "成功基準の SHA-256（開始時）", run.CriteriaHash);
        Fact(html, "成功基準の変更", report.Decision is null ? "判定なし" : changed ? $"変更あり（今回 {report.Decision.CriteriaHash}）" : "変更なし");
        if (run.Failure is not null)
        {
            Fact(html, "止まった理由", run.Failure);
        }

        if (report.Results.Plan.Knowledge is not null)
        {
            Fact(html, "ナレッジの SHA-256（実行時）", run.KnowledgeHash ?? "記録なし（この記録を始める前の実行）");
            Fact(html, "ナレッジの変更", KnowledgeChange(report.Knowledge));
        }

        Fact(html, "GaiEval のバージョン", run.ToolVersion);
        html.AppendLine("</dl>");
        var table = new HtmlTable(["ID", "名前", "導入方式", "アダプター", "モデル", "接続先ホスト", "設定", "APIキーの環境変数名"]);
        foreach (ProviderProfile p in report.Results.Plan.Providers)
        {
            table.Add(p.Id, p.Name + (p.Candidate ? "（導入候補）" : string.Empty), MethodNames.Japanese(p.Method), p.Adapter, p.Model ?? "－",
                Host(p.Endpoint), Settings(p), p.ApiKeyEnv ?? "－");
        }

        table.WriteTo(html);
        html.AppendLine("<p class=\"note\">APIキーの値は記録していません。接続先はホスト名のみを示します。</p>");
    }

    private static void Fact(StringBuilder html, string name, string value) =>
        html.Append("<dt>").Append(E(name)).Append("</dt><dd>").Append(E(value)).Append("</dd>");

    private static string KnowledgeChange(KnowledgeCheck? check) => check switch
    {
        null => "確認していません",
        { Changed: true } => $"変更あり（現在 {check.CurrentHash}、{check.Folder}）。採点と根拠の確認には実行時に保存した資料の本文を使っています",
        { CurrentHash: null } => $"現在のフォルダを確認できません（{check.Problem}）",
        { StoredHash: null } => $"実行時の記録がないため不明（現在 {check.CurrentHash}）",
        _ => "変更なし",
    };

    private static string Time(DateTimeOffset time) => time.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);

    private static string Host(string? endpoint) =>
        endpoint is null ? "－" : Uri.TryCreate(endpoint, UriKind.Absolute, out Uri? uri) ? uri.Host : "（形式不明）";

    private static string Settings(ProviderProfile p)
    {
        var parts = new List<string>();
        if (p.Temperature is { } t)
        {
            parts.Add($"temperature {t.ToString(CultureInfo.InvariantCulture)}");
        }

        if (p.MaxOutputTokens is { } max)
        {
            parts.Add($"最大出力 {max}");
        }

        if ((p.Retrieval ?? p.Rag) is { } r)
        {
            parts.Add($"検索 top_k {r.TopK}, chunking {r.Chunking}");
        }

        parts.Add($"送信可能区分 {RiskSection.SensitivityName(ClearancePolicy.Ceiling(p))}"
            + (p.Deployment?.ClearanceReason is { } reason ? $"（この区分まで送ってよいとした理由: {reason}）" : string.Empty));
        parts.Add($"トークナイザー {p.Tokenizer}");
        ProviderLimits limits = p.Limits;
        parts.Add($"同時 {limits.Concurrency}、タイムアウト {limits.TimeoutS.ToString(CultureInfo.InvariantCulture)} 秒、再試行 {limits.Retries}"
            + (limits.Rpm is { } rpm ? $"、{rpm} 回/分" : string.Empty) + (limits.Tpm is { } tpm ? $"、{tpm} トークン/分" : string.Empty));

        return string.Join("、", parts);
    }
}
