namespace GaiEval.Reporting.Methods;

using GaiEval.Core.Analysis.Deployment;
using GaiEval.Core.Analysis.Economics;
using GaiEval.Core.Plans;
using GaiEval.Reporting.Decision;
using GaiEval.Reporting.Text;

/// <summary>Japanese words for the facts of a deployment profile and the outcomes of the recommendation; an unstated fact is 「未記入」.</summary>
internal static class MethodLabels
{
    public const string NotStated = "未記入";

    public static string Network(NetworkZone? network) => network switch
    {
        NetworkZone.Internet => "インターネット",
        NetworkZone.Lgwan => "LGWAN",
        NetworkZone.Closed => "閉域",
        _ => NotStated,
    };

    public static string Location(DataLocation? location) => location switch
    {
        DataLocation.Domestic => "国内",
        DataLocation.Overseas => "国外",
        _ => NotStated,
    };

    public static string Customisation(CustomisationLevel? level) => level switch
    {
        CustomisationLevel.None => "なし",
        CustomisationLevel.Prompt => "指示文",
        CustomisationLevel.Rag => "RAG（区の資料を参照）",
        CustomisationLevel.FineTune => "追加学習",
        _ => NotStated,
    };

    /// <summary>あり / なし for a stated yes or no; 未記入 otherwise (never なし for an unstated one).</summary>
    public static string Available(bool? value) => value switch
    {
        true => "あり",
        false => "なし",
        _ => NotStated,
    };

    public static string Development(bool? needed) => needed switch
    {
        true => "開発が必要",
        false => "開発は不要",
        _ => NotStated,
    };

    public static string Retention(int? days) => days switch
    {
        null => NotStated,
        0 => "保存しない（0日）",
        _ => $"{Numbers.Count(days.Value)} 日",
    };

    public static string StaffDays(double? days) => days is { } d ? $"{DecisionFigures.Number(d, "#,0.#")} 人日" : NotStated;

    public static string Months(int? months) => months is { } m ? $"{Numbers.Count(m)} か月" : NotStated;

    /// <summary>e.g. 「公開・全用途」, 「庁内限り・対話生成」.</summary>
    public static string Class(DataClass dataClass) =>
        $"{DecisionFigures.Sensitivity(dataClass.Sensitivity)}・{dataClass.Use ?? "全用途"}";

    /// <summary>The recommended candidate's name, or what the rule could not say (要測定, 要判断, 該当なし, 基準未達).</summary>
    public static string Outcome(DataClassRecommendation recommendation, IReadOnlyDictionary<string, string> names) =>
        Outcome(recommendation.Kind, recommendation.RecommendedId, names);

    /// <summary>The same for one cost scenario of <see cref="RecommendationUnderScenarios"/>.</summary>
    public static string Outcome(RecommendationKind kind, string? recommendedId, IReadOnlyDictionary<string, string> names) => kind switch
    {
        RecommendationKind.Recommended => Name(names, recommendedId),
        RecommendationKind.NotMeasured => "要測定",
        RecommendationKind.Undecided => "要判断",
        RecommendationKind.NoneMeetsCriterion => "基準未達",
        _ => "該当なし（受け取れる候補がない）",
    };

    /// <summary>The monthly volume the class's costs were computed at, and whether it is the class's own.</summary>
    public static string Volume(DataClassRecommendation recommendation) => recommendation.MonthlyVolume is { } volume
        ? $"{DecisionFigures.Number(volume, "#,0.#")} 件/月（{(recommendation.VolumeIsClassVolume ? $"{DecisionFigures.Sensitivity(recommendation.Class.Sensitivity)}の件数" : "計画全体の件数")}）"
        : "未計算（計画に economics がない）";

    /// <summary>How to read a cell of <see cref="BreakEven"/>.</summary>
    public const string BreakEvenNote = "損益分岐の各欄: 2つの候補の月額が等しくなる月間件数（費用の線が交わらなければ「交わらない」）と、その前提の月間件数（計画全体）で安い候補。";

    /// <summary>A break-even under one scenario: the volume where the lines cross, or 交わらない, and which is cheaper at the scenario's volume.</summary>
    public static string BreakEven(BreakEven breakEven, IReadOnlyDictionary<string, string> names)
    {
        string cheaper = breakEven.CheaperAtPlanVolume is { } id ? $"{Name(names, id)} が安い" : "同額";
        return breakEven.Kind == BreakEvenKind.Crosses && breakEven.Volume is { } volume
            ? $"分岐 {DecisionFigures.Number(volume, "#,0")} 件/月、{cheaper}"
            : $"交わらない、{cheaper}";
    }

    /// <summary>Whether a conclusion holds under every cost scenario.</summary>
    public static string Stability(bool dependsOnAssumptions) => dependsOnAssumptions ? "前提しだいで変わる" : "変わらない";

    public static string Name(IReadOnlyDictionary<string, string> names, string? id) =>
        id is null ? "推奨なし" : names.GetValueOrDefault(id, id);
}
