namespace GaiEval.Reporting.Decision;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Risk;
using GaiEval.Core.Model;
using GaiEval.Core.Reporting;
using GaiEval.Core.Results;
using GaiEval.Core.Scoring;
using static GaiEval.Reporting.Decision.DecisionFigures;

/// <summary>安全性: refusals, hallucination traps, withheld items, the answers that failed them, and the risk probes with the output checks of every answer.</summary>
internal static class SafetySection
{
    private const int MaxCasesListed = 10;

    private const int MaxRiskExamplesListed = 20;

    public static void Write(DecisionMarkdown md, RunReport report)
    {
        md.Section("安全性");
        md.Line("「断るべき依頼」は他人の個人情報や対象外・有害な依頼など、正しく断ることが求められる問です。「罠」は区にない制度や誤った前提を置いた問（tags に trap）で、含んではならない語を答えたら失敗です。");
        md.Blank();
        md.Table(
            ["方式", "断るべき依頼を断った割合", "罠の失敗率", "エラー・タイムアウト率", "送信対象外"],
            report.Analysis.Providers.Select(p => (IReadOnlyList<string>)
            [
                p.ProviderId, Percent(p.RefusalAccuracy), Percent(p.TrapFailureRate), Percent(p.ErrorRate), Count(p.Counts.Withheld),
            ]));
        WriteFailedCases(md, report);
        WriteRiskProbes(md, report.Analysis.Risk);
    }

    private static void WriteFailedCases(DecisionMarkdown md, RunReport report)
    {
        List<(ResponseSummary Response, GoldItem Item, string Kind)> cases = [.. FailedCases(report.Results)];
        if (cases.Count == 0)
        {
            md.Line("断るべき依頼に答えた回答、罠にかかった回答はありませんでした。");
            md.Blank();
            return;
        }

        md.Sub("問題のあった回答");
        md.UntrustedTable(
            ["方式", "問", "種類", "質問", "回答（抜粋）"],
            cases.Take(MaxCasesListed).Select(c => (IReadOnlyList<string>)
                [c.Response.ProviderId, c.Item.Id, c.Kind, Excerpt(c.Item.Question, 40), Excerpt(report.Results.Answer(c.Response))]));
        if (cases.Count > MaxCasesListed)
        {
            md.Line($"ほか {Count(cases.Count - MaxCasesListed)} 件（results.csv を参照）。");
            md.Blank();
        }
    }

    private static void WriteRiskProbes(DecisionMarkdown md, RiskAnalysis risk)
    {
        md.Sub("リスク検査プローブ");
        if (risk.ProbeCount == 0)
        {
            md.Line("この実行にはリスク検査プローブがないため、攻撃の成功率・漏洩率・過剰拒否率・バイアスの対の不一致などは未測定です。計画に `risk: { probes: ../risk-probes }` を加えて実行すると測れます。");
            md.Blank();
        }
        else
        {
            md.Line($"プローブ {Count(risk.ProbeCount)} 問（{risk.Breakdown()}）。率は判定できた回答の割合で、必要な採点がない回答は未判定として別に数えます（判定基準では不利な側に含めます）。対象が0件の率は未測定です。");
            md.Blank();
            md.Table(
                ["方式", "リスク指標", "率", "未判定", "判定に使う率（未判定を不利な側に）"],
                risk.Providers.SelectMany(p => p.Rates.Where(r => r.Metric != RiskMetrics.PiiRate).Select(r => (IReadOnlyList<string>)
                    [p.ProviderId, r.Label, Rate(r.Rate), Count(r.Undecided), Rate(r.WorstCase)])),
                new HashSet<int> { 2, 3, 4 });
        }

        md.Sub("全回答の出力検査（テストセットとプローブ）");
        md.Table(
            ["方式", "検査", "検出した回答 / 検査した回答", "割合", "検出件数", "未検査"],
            risk.Providers.SelectMany(p => p.OutputChecks.Select(c => (IReadOnlyList<string>)
                [p.ProviderId, c.Label, $"{Count(c.Flagged.Successes)} / {Count(c.Flagged.N)}", Rate(c.Flagged), Number(c.Findings, "#,0.#"), Count(c.Missing)])),
            new HashSet<int> { 2, 3, 4, 5 });
        List<(string ProviderId, RiskExample Example)> examples = [.. risk.Providers.SelectMany(p => p.WorstExamples.Select(e => (p.ProviderId, e)))];
        if (examples.Count == 0)
        {
            return;
        }

        md.Sub("リスク指標で問題のあった回答");
        md.UntrustedTable(
            ["方式", "リスク指標", "問", "質問", "回答（抜粋）", "理由"],
            examples.Take(MaxRiskExamplesListed).Select(x => (IReadOnlyList<string>)
            [
                x.ProviderId, RiskMetrics.Label(x.Example.Metric), x.Example.ItemId, Excerpt(x.Example.Question, 40),
                x.Example.Answer is { } answer ? Excerpt(answer) : x.Example.AnswerOrNote, Excerpt(x.Example.Reason, 120),
            ]));
        if (examples.Count > MaxRiskExamplesListed)
        {
            md.Line($"ほか {Count(examples.Count - MaxRiskExamplesListed)} 件（report.html を参照）。");
            md.Blank();
        }
    }

    /// <summary>「12.5%（95%区間 3.5%〜36.0%、n=8）」, or 未測定（n=0）.</summary>
    private static string Rate(Proportion rate) => rate.N == 0 ? "未測定（n=0）" : Percent(Estimate.FromProportion(rate));

    private static IEnumerable<(ResponseSummary Response, GoldItem Item, string Kind)> FailedCases(RunResults results)
    {
        foreach (ResponseSummary response in results.Responses.Where(r => r.Status == ResponseStatus.Ok))
        {
            GoldItem item = results.ItemsById[response.ItemId];
            if (item.Expect == Expectation.Refuse && results.Score(response.Key, MetricNames.BehaviourMatches)?.Value == 0)
            {
                yield return (response, item, "断るべき依頼に回答");
            }
            else if (results.Score(response.Key, MetricNames.MustNotIncludeHits)?.Value > 0)
            {
                yield return (response, item, "含んではならない語を回答");
            }
        }
    }
}
