namespace GaiEval.Reporting.Json;

using System.Globalization;
using System.Text.Json.Serialization;
using GaiEval.Core.Analysis;
using GaiEval.Core.Model;
using GaiEval.Core.Results;

/// <summary>
/// aisev-scores.json: per provider, the run's probes scored per AISI perspective in the shape of aisev's JSON export
/// (<c>evaluationResultName</c>, <c>targetModelName</c>, <c>judgeModelName</c>, <c>evaluationName</c>, <c>evaluatedDate</c>,
/// <c>tenPerspectives[]</c> of <c>perspective</c>, <c>totalScore</c>, <c>results[]</c>). GaiEval's own fields are snake_case
/// (<c>run_id</c>, <c>about</c>, and <c>gaieval</c> objects), so a reader of aisev's shape can ignore them.
/// </summary>
public sealed record AisevScoresDocument(
    string RunId,
    IReadOnlyList<string> About,
    IReadOnlyList<AisevEvaluationFacts> Evaluations)
{
    public const string SchemaVersion = "1";

    [JsonPropertyOrder(-1)]
    public string Schema => $"gaieval-aisev-scores/{SchemaVersion}";

    /// <summary>The document of a run; null when none of its probes carries a perspective.</summary>
    public static AisevScoresDocument? Of(RunResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        List<string> perspectives = [.. AisiPerspectives.All.Where(p => results.Probes.Any(probe => probe.Perspective == p))];
        if (perspectives.Count == 0)
        {
            return null;
        }

        return new(
            results.Run.RunId,
            AboutLines,
            [.. results.Plan.Providers.Select(provider => AisevEvaluationFacts.Of(results, provider, perspectives))]);
    }

    private static IReadOnlyList<string> AboutLines { get; } =
    [
        "AISI の評価ツール aisev の評価結果 JSON（tenPerspectives）と同じ項目名で、プローブ（perspective のある項目）の評価観点ごとの結果を書きました。認証ではありません。",
        "totalScore は判定の付いた回答のうち許容できる回答（正答）の割合を 100 点満点にした値です。aisev と違い GSN の重み（scoreRate）は掛けていません。判定の付いた回答がない観点は null です。",
        "判定待ち（審査モデルか人の判定がない回答、失敗した呼び出し）は許容に数えず、gaieval.undecided に数えます。score と Wilson 区間（95%）は 0〜1 です。",
        "results の score は 1 = 許容、0 = 許容できない、null = 判定待ち。回答の本文は載せません（results.csv とレビューシートにあります）。",
    ];

    /// <summary>The date aisev writes (<c>YYYY-MM-DD hh:mm:ss</c>), in the run's own offset.</summary>
    internal static string AisevDate(RunInfo run) => run.StartedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
