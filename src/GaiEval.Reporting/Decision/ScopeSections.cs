namespace GaiEval.Reporting.Decision;

using GaiEval.Core.Analysis;
using GaiEval.Core.Decision;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Reporting;
using GaiEval.Core.Results;
using GaiEval.Reporting.Summary;
using static GaiEval.Reporting.Decision.DecisionFigures;

/// <summary>目的と範囲, 事前に定めた成功基準, リスク区分, 利用状況.</summary>
internal static class ScopeSections
{
    public static void PurposeAndScope(DecisionMarkdown md, RunReport report)
    {
        RunInfo run = report.Results.Run;
        md.Section("目的と範囲");
        md.ToFill("導入で解決したい課題と期待する効果（例: 窓口の問い合わせ対応時間の削減）を1〜2行で書いてください。");
        string finished = run.FinishedAt is { } f ? $"〜{f:yyyy-MM-dd HH:mm}" : string.Empty;
        md.Bullet($"評価計画: {Text(run.PlanName)}（実行ID `{run.RunId}`、{run.StartedAt:yyyy-MM-dd HH:mm}{finished}、{RunStatusNames.Japanese(run.Status)}）");
        md.Bullet($"テストセット: 正解付きの {Count(run.ItemCount)} 問（SHA-256 `{Short(run.TestSetHash)}`）を各方式に {run.Repeats} 回ずつ送りました。");
        md.Bullet($"業務分野: {Groups(report.Results.Items.Select(i => i.Category))}");
        md.Bullet($"用途: {Groups(report.Results.Items.Select(i => i.Use))}");
        md.Blank();
        md.Table(
            ["ID", "名称", "導入方式", "モデル", "判定の対象"],
            report.Results.Plan.Providers.Select(p => (IReadOnlyList<string>)
                [p.Id, p.Name, MethodNames.Japanese(p.Method), p.Model ?? "－", p.Candidate ? "候補" : "比較用"]));
    }

    public static void Criteria(DecisionMarkdown md, RunReport report)
    {
        md.Section("事前に定めた成功基準");
        IReadOnlyList<Criterion> criteria = report.Decision?.Criteria ?? report.Results.Plan.Criteria;
        if (criteria.Count == 0)
        {
            md.ToFill("事前に合意した成功基準（指標・基準値・その理由）を書いてください。次の実行では計画ファイルの criteria に書くと、実行開始時に固定され自動で判定されます。");
            md.Blank();
            return;
        }

        md.Line("実行を始める前に計画ファイルで定め、実行開始時にハッシュで固定した基準です。「必須」の基準がすべて満たされたときに GO とします。");
        md.Blank();
        md.Table(
            ["基準", "区分", "理由"],
            criteria.Select(c => (IReadOnlyList<string>)[CriterionText.Statement(c), VerdictNames.Requirement(c.Required), c.Why ?? "－"]));
        md.Bullet($"実行開始時に固定した基準のハッシュ（SHA-256）: `{Short(report.Results.Run.CriteriaHash)}`");
        if (report.Decision is { } decision)
        {
            md.Bullet(decision.CriteriaChanged
                ? $"**基準の変更: あり**（判定に使った基準のハッシュ `{Short(decision.CriteriaHash)}`）。{decision.CriteriaWarning}"
                : "基準の変更: なし（判定に使った基準は実行開始時のものと同じです）");
        }

        md.Blank();
    }

    public static void RiskClasses(DecisionMarkdown md, RunReport report)
    {
        md.Section("リスク区分");
        md.Line("テストの各問には機密区分を付け、各方式には送ってよい区分の上限を計画で定めています。上限を超える問は送っていません。");
        md.Blank();
        IReadOnlyList<ProviderProfile> providers = report.Results.Plan.Providers;
        md.Table(
            ["機密区分", "問の数", "送ってよい方式", "送らない方式"],
            Enum.GetValues<Sensitivity>().Select(s => (IReadOnlyList<string>)
            [
                Sensitivity(s),
                Count(report.Results.Items.Count(i => i.Sensitivity == s)),
                Names(providers.Where(p => ClearancePolicy.MayReceive(p, s))),
                Names(providers.Where(p => !ClearancePolicy.MayReceive(p, s))),
            ]),
            new HashSet<int> { 1 });
    }

    public static void Usage(DecisionMarkdown md, RunReport report, DecisionCharts charts)
    {
        md.Section("利用状況");
        md.Line("評価で各方式を呼び出した回数です（職員による実際の利用ではありません）。");
        md.Blank();
        md.Table(
            ["方式", "予定", "回答", "うち採点済み", "ルールなし（未採点）", "規則で判定保留", "送信対象外", "エラー", "タイムアウト", "未実行", "応答時間p95"],
            report.Analysis.Providers.Select(p => (IReadOnlyList<string>)
            [
                p.ProviderId, Count(p.Counts.Planned), Count(p.Counts.Answered), Count(p.Counts.Scored), Count(p.Counts.WithoutRule),
                Count(p.Counts.RuleUndecided), Count(p.Counts.Withheld), Count(p.Counts.Errors), Count(p.Counts.Timeouts), Count(p.Counts.Missing), Milliseconds(p.Latency.LatencyMs?.P95),
            ]),
            new HashSet<int> { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 });
        md.Image("応答時間", charts.Latency);
        if (report.Kpi is { } kpi)
        {
            KpiUsageLines.Write(md, kpi);
        }

        if (!KpiUsageLines.HasData(report.Kpi))
        {
            md.ToFill("試行期間中の実際の利用者数と利用回数（利用ログや職員アンケートから）を書いてください。");
            md.Blank();
        }
    }

    private static string Groups(IEnumerable<string> names) =>
        string.Join("、", names.GroupBy(n => n, StringComparer.Ordinal).Select(g => $"{Text(g.Key)} {g.Count()}問"));

    private static string Names(IEnumerable<ProviderProfile> providers)
    {
        string names = string.Join(", ", providers.Select(p => p.Id));
        return names.Length == 0 ? "なし" : names;
    }

    private static string Text(string text) => GaiEval.Reporting.Text.MarkdownText.Escape(text);

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] + "…" : hash;
}
