namespace GaiEval.Core.Kpi.Measures;

using GaiEval.Core.Analysis;

/// <summary>
/// ユーザーの評価: the share of `bad` among the log's rows with feedback (Wilson), harness rows excluded and counted
/// apart. User feedback, not the test run's accuracy.
/// </summary>
public sealed record FeedbackResult(int Good, int Bad, int HarnessRows, Estimate BadShare)
{
    public const string Label = "ユーザーの評価";
}
