namespace GaiEval.Core.Scoring;

using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>
/// A provider acting as judge: its client (in <paramref name="Configuration"/>), the judge evaluators it runs, the highest
/// item sensitivity it may receive and how many answers it judges at once.
/// </summary>
public sealed record ScoringJudge(
    string ProviderId, ChatConfiguration Configuration, IReadOnlyList<IEvaluator> Evaluators, Sensitivity Clearance, int Concurrency)
{
    /// <summary>Metadata key naming the judge's provider on every judge score.</summary>
    public const string ProviderKey = "judge_provider";

    public static string AboveClearanceMessage(string providerId, Sensitivity sensitivity) =>
        $"判定者 {providerId} の取扱区分を超える項目または検索した資料（{SensitivityNames.Name(sensitivity)}）のため送っていません";
}
