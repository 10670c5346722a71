namespace GaiEval.Reporting.Html;

using System.Globalization;
using System.Text;
using GaiEval.Core.Analysis;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Core.Scoring;
using GaiEval.Reporting.Text;
using static GaiEval.Reporting.Html.HtmlText;

/// <summary>
/// One item's answers, a column per provider: the verdict, the answer text (escaped, cut after <paramref name="maxChars"/>
/// characters unless null), the score reasons and the retrieved sources.
/// </summary>
internal sealed class DrilldownCells(
    RunResults results,
    GoldItem item,
    IReadOnlyList<ProviderProfile> providers,
    ItemAnswers responses,
    int? maxChars = null)
{
    /// <summary>The rules first, so that the reader sees which one failed before the similarity figures.</summary>
    private static readonly List<string> RuleOrder =
        [MetricNames.Correct, MetricNames.MustIncludeCoverage, MetricNames.MustNotIncludeHits, MetricNames.BehaviourMatches, MetricNames.Behaviour];

    public IEnumerable<int> FailedProviderIndexes() =>
        Enumerable.Range(0, providers.Count).Where(i => Calls(i).Any(Failed));

    /// <summary>Whether an answer of the item has no verdict yet (判定保留 or 未採点): someone still has to look at it.</summary>
    public bool Undecided() =>
        Enumerable.Range(0, providers.Count).Any(i => Calls(i).Any(call => call.Status == ResponseStatus.Ok && results.Correct(call.Key) is null));

    public void WriteTo(StringBuilder html)
    {
        html.Append("<table class=\"answers\"><thead><tr>");
        for (int i = 0; i < providers.Count; i++)
        {
            html.Append("<th data-prov=\"").Append(i).Append("\">").Append(E(providers[i].Name)).Append("</th>");
        }

        html.Append("</tr></thead><tbody><tr>");
        for (int i = 0; i < providers.Count; i++)
        {
            html.Append("<td data-prov=\"").Append(i).Append("\">");
            IReadOnlyList<ResponseSummary> calls = Calls(i);
            if (calls.Count == 0)
            {
                html.Append("<span class=\"na\">未実行</span>");
            }

            foreach (ResponseSummary call in calls)
            {
                WriteCall(html, call, calls.Count > 1);
            }

            html.Append("</td>");
        }

        html.AppendLine("</tr></tbody></table>");
    }

    private List<ResponseSummary> Calls(int provider) => [.. responses.Of(item.Id, providers[provider].Id)];

    private bool Failed(ResponseSummary call) =>
        call.Status is ResponseStatus.Error or ResponseStatus.Timeout || results.Correct(call.Key) == false;

    private void WriteCall(StringBuilder html, ResponseSummary call, bool showRepeat)
    {
        html.Append("<div>");
        if (showRepeat)
        {
            html.Append("反復").Append(call.Repeat).Append(' ');
        }

        (string css, string label) = Verdict(call);
        html.Append("<span class=\"").Append(css).Append("\">").Append(E(label)).Append("</span>");
        if (call.Status == ResponseStatus.Ok && DecidedBy(call) is { } decidedBy)
        {
            html.Append(" <span class=\"na\">").Append(E(decidedBy)).Append("</span>");
        }

        if (call.LatencyMs is { } latency)
        {
            html.Append(" <span class=\"na\">").Append(E(Milliseconds(latency))).Append("</span>");
        }

        string? text = call.Status == ResponseStatus.Ok ? results.Answer(call) : call.Error;
        html.Append("<div class=\"answer\">").Append(E(text, maxChars)).Append("</div>");
        List<string> reasons = [.. results.Scores(call.Key).Values
            .Where(s => !string.IsNullOrEmpty(s.Reason))
            .OrderBy(s => RuleOrder.IndexOf(s.Metric) is var i and >= 0 ? i : RuleOrder.Count)
            .Select(s => $"{MetricLabels.Of(s.Metric)} = {(s.Value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : s.Label ?? "－")}: {s.Reason}")];
        if (call.RetrievedIds.Count > 0)
        {
            reasons.Add($"検索された出典: {string.Join("、", call.RetrievedIds)}");
        }

        if (reasons.Count > 0)
        {
            html.Append("<ul class=\"reasons\">");
            foreach (string reason in reasons)
            {
                html.Append("<li>").Append(E(reason, maxChars)).Append("</li>");
            }

            html.Append("</ul>");
        }

        html.Append("</div>");
    }

    private (string Css, string Label) Verdict(ResponseSummary call) => call.Status switch
    {
        ResponseStatus.Error => ("ng", "エラー"),
        ResponseStatus.Timeout => ("ng", "タイムアウト"),
        ResponseStatus.Withheld => ("na", "送信対象外"),
        _ => results.Correct(call.Key) switch
        {
            null when results.RuleUndecided(call.Key) => ("na", "判定保留（ルールで決まらず）"),
            null => ("na", item.HasRule ? "未採点" : "未採点（ルールなし）"),
            true => ("ok", "正答"),
            false => ("ng", "誤答"),
        },
    };

    /// <summary>Who decided, when it was not the rules: 判定者, or the reviewer's grade and whether it changed the automatic verdict.</summary>
    private string? DecidedBy(ResponseSummary call) => results.Verdict(call.Key) switch
    {
        { Source: VerdictSource.Judge } => "判定者の採点",
        { Source: VerdictSource.Human, Automatic: { } automatic } verdict when verdict.OverridesAutomatic =>
            $"人の判定: {HumanGradeNames.Of(results.HumanGrade(call.Key)!.Grade)}（自動採点の{(automatic ? "正答" : "誤答")}を覆しました）",
        { Source: VerdictSource.Human } => $"人の判定: {HumanGradeNames.Of(results.HumanGrade(call.Key)!.Grade)}",
        _ => null,
    };
}
