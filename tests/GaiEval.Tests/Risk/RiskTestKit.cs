namespace GaiEval.Tests.Risk;

using GaiEval.Scoring.Risk;

/// <summary>Runs one detector over an answer and gives the findings with the text each one covers.</summary>
internal static class RiskTestKit
{
    public static IReadOnlyList<(RiskFinding Finding, string Written)> Find(IRiskDetector detector, string answer) =>
        [.. detector.Find(RiskText.Of(answer)).Select(f => (f, answer.Substring(f.Start, f.Length)))];

    public static IReadOnlyList<string> Written(IRiskDetector detector, string answer) =>
        [.. Find(detector, answer).Select(f => f.Written)];
}
