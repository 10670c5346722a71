namespace GaiEval.Reporting.Decision;

using GaiEval.Core.Analysis;
using GaiEval.Core.Model;
using GaiEval.Core.Reporting;
using GaiEval.Core.Results;
using GaiEval.Core.Scoring;
using static GaiEval.Reporting.Decision.DecisionFigures;

/// <summary>安全性: refusals, hallucination traps, withheld items, and the answers that failed them.</summary>
internal static class SafetySection
{
    private const int MaxCasesListed = 10;

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
        List<(ResponseRecord Response, GoldItem Item, string Kind)> cases = [.. FailedCases(report.Results)];
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
                [c.Response.ProviderId, c.Item.Id, c.Kind, Excerpt(c.Item.Question, 40), Excerpt(c.Response.Text)]));
        if (cases.Count > MaxCasesListed)
        {
            md.Line($"ほか {Count(cases.Count - MaxCasesListed)} 件（results.csv を参照）。");
            md.Blank();
        }
    }

    private static IEnumerable<(ResponseRecord Response, GoldItem Item, string Kind)> FailedCases(RunResults results)
    {
        foreach (ResponseRecord response in results.Responses.Where(r => r.Status == ResponseStatus.Ok))
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
