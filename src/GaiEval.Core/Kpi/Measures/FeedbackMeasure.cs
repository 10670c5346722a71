namespace GaiEval.Core.Kpi.Measures;

using GaiEval.Core.Analysis;

/// <summary>ユーザーの評価 from the usage log's good/bad feedback.</summary>
public static class FeedbackMeasure
{
    public static FeedbackResult Measure(IReadOnlyList<UsageEvent> events)
    {
        List<UsageEvent> rated = [.. events.Where(e => !e.FromHarness && e.Feedback is not null)];
        int bad = rated.Count(e => e.Feedback == UsageFeedback.Bad);
        Estimate share = Estimate.FromProportion(Proportion.Wilson(bad, rated.Count));
        return new FeedbackResult(
            rated.Count - bad, bad, events.Count(e => e.FromHarness), share with { Method = $"{FeedbackResult.Label}: 評価のある利用のうち bad の割合, Wilson" });
    }
}
