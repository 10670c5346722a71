namespace GaiEval.Reporting.Methods;

using GaiEval.Core.Analysis.Deployment;
using GaiEval.Core.Analysis.Economics;
using GaiEval.Core.Plans;
using GaiEval.Reporting.Text;

/// <summary>Japanese words for the facts of a deployment profile and the outcomes of the recommendation; an unstated fact is 「未記入」.</summary>
internal static class MethodLabels
{
    public const string NotStated = "未記入";

    /// <summary>Marks of the per-use rows, in words so that they need no colour.</summary>
    public const string BestMark = "最高";

    public const string WorstMark = "最低";

    public const string NoCandidate = "計画に導入候補（candidate: true）の提供先がないため、導入方式の比較はありません。"
        + "候補を加えると（サンプルの計画では providers の末尾にある4方式のコメントを外す）、品質・カバー率・費用・導入の容易さ・セキュリティを並べ、データの区分ごとの推奨を示します。";

    public const string SensitivityIntro = "月間件数を半分・2倍に、為替（計画の通貨以外の料金）を20%安く・高くした場合に、推奨と損益分岐がどう変わるかを示します。";

    public const string NoBreakEven = "費用を計算できた候補が2つ未満のため、損益分岐はありません。";

    public const string NoPair = "候補が1つだけのため、共通の項目での差はありません。";

    public const string NoCommonCalls = "すべての候補が回答し採点された項目が1件もないため、共通の項目での差は計算できません（受け取れる区分が重ならない候補か、採点された回答がない候補があります）。";

    public const string NoCommonAccuracy = "－（全候補が回答し採点された項目がない、n=0）";

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

    public static string StaffDays(double? days) => days is { } d ? $"{Numbers.Decimal(d, "#,0.#")} 人日" : NotStated;

    public static string Months(int? months) => months is { } m ? $"{Numbers.Count(m)} か月" : NotStated;

    /// <summary>e.g. 「公開・全用途」, 「庁内限り・対話生成」.</summary>
    public static string Class(DataClass dataClass) =>
        $"{SensitivityNames.Label(dataClass.Sensitivity)}・{dataClass.Use ?? "全用途"}";

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
        ? $"{Tasks(volume)}（{(recommendation.VolumeIsClassVolume ? $"{SensitivityNames.Label(recommendation.Class.Sensitivity)}の件数" : "計画全体の件数")}）"
        : "未計算（計画に economics がない）";

    /// <summary>e.g. 「6,650 件/月」.</summary>
    public static string Tasks(double volume) => $"{Numbers.Decimal(volume, "#,0.#")} 件/月";

    /// <summary>How to read a cell of <see cref="BreakEven"/>, with the plan-wide volume the cheaper one is judged at.</summary>
    public static string BreakEvenNote(double planVolume) =>
        "損益分岐の各欄: 2つの候補の月額が等しくなる月間件数（費用の線が交わらなければ「交わらない」、どの件数でも同じなら「常に同額」）と、"
        + $"計画全体の月間件数 {Tasks(planVolume)}（件数 ½・2倍の欄はその半分・2倍）で安い候補。";

    /// <summary>A break-even under one scenario: the volume where the lines cross, 交わらない or 常に同額, and which is cheaper at the scenario's volume.</summary>
    public static string BreakEven(BreakEven breakEven, IReadOnlyDictionary<string, string> names)
    {
        string cheaper = breakEven.CheaperAtPlanVolume is { } id ? $"{Name(names, id)} が安い" : "同額";
        return breakEven.Kind switch
        {
            BreakEvenKind.Equal => "常に同額",
            BreakEvenKind.Crosses when breakEven.Volume is { } volume => $"分岐 {Numbers.Decimal(volume, "#,0")} 件/月、{cheaper}",
            _ => $"交わらない、{cheaper}",
        };
    }

    /// <summary>Whether a conclusion holds under every cost scenario.</summary>
    public static string Stability(bool dependsOnAssumptions) => dependsOnAssumptions ? "前提しだいで変わる" : "変わらない";

    public static string Name(IReadOnlyDictionary<string, string> names, string? id) =>
        id is null ? "推奨なし" : names.GetValueOrDefault(id, id);

    /// <summary>What the comparison table's cells mean; <paramref name="planVolume"/> is the plan's total tasks a month (null without economics).</summary>
    public static string TableNote(double? planVolume) =>
        "未記入: 計画の deployment（導入方式の情報）に書かれていない項目です。0 や「なし」とは限りません。"
        + "費用は計画の通貨で、一時費用を契約月数で月割りした額を月額に含めます。3年TCO は一時費用＋36か月分の運用の月額です。"
        + (planVolume is { } v ? $"月額・3年TCO・正答1件あたりは、計画全体の月間件数 {Tasks(v)}での額です（区分ごとの推奨はその区分の件数で計算します）。" : string.Empty)
        + $"用途別の正答率は、最も高い候補と最も低い候補の95%区間が重ならないときだけ、それぞれに「{BestMark}」「{WorstMark}」と記します。";

    /// <summary>How the paired differences on the common items were tested.</summary>
    public static string CommonPairsNote(int calls, double significanceLevel) =>
        $"すべての候補が回答し採点された {Numbers.Count(calls)} 件（項目×反復）だけで比べます。受け取れる区分が違う候補も同じ項目で比べるためです"
        + $"（正確McNemar検定、Holm法で候補の対の間の多重比較を補正、有意水準 {Numbers.Decimal(significanceLevel, "0.###")}、差の区間は Newcombe 法）。";

    /// <summary>Why there is no table of paired differences; null when there is one.</summary>
    public static string? NoPairsReason(DeploymentComparison comparison) =>
        comparison.Candidates.Count < 2 ? NoPair
        : comparison.CommonCalls == 0 || comparison.CommonComparisons.Count == 0 ? NoCommonCalls
        : null;
}
