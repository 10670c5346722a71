namespace GaiEval.Core.Analysis.Deployment;

using System.Globalization;
using GaiEval.Core.Analysis.Economics;
using GaiEval.Core.Plans;

/// <summary>
/// The rule that turns the figures of one data class into a recommendation (<see cref="Steps"/>, printed with it): who
/// may handle it, who is not shown worse than the best, and of those the cheapest at the class's monthly volume. It
/// recommends nothing when it cannot tell (no scored answer, a cost unknown among the comparable ones), and says in the
/// reason what it left out and what is still to verify.
/// </summary>
internal static class RecommendationRule
{
    public static IReadOnlyList<string> Steps { get; } =
    [
        "① その区分の機密度を受け取れる候補（取扱区分 clearance と導入方式の条件をともに満たす候補）だけを対象にする。",
        "② 対象の候補から、判定（go/no-go）でその区分にかかる必須の基準が FAIL の候補（全体・業務分野の基準、その用途の基準。全用途の区分ではどの用途の基準も）と、"
            + "必須の正答率の基準（accuracy、required: true。その用途の基準があればそれ、複数あれば最も高い値）に区間の上限が届かない候補を除く。",
        "③ 残った候補のうち、その区分の項目での正答率の95%区間の上限が、最も正答率の高い候補（同率なら区間の下限が高い候補）の区間の下限に届く候補を"
            + "「品質で劣るとは言えない候補」とする。",
        "④ そのうち、その機密区分の月間件数（economics.monthly_volume_by_sensitivity。用途では按分しない。指定がなければ計画全体の月間件数）での月額費用"
            + "（一時費用を契約月数で月割りした額を含む）が最も安い候補を推奨する。1つしか残らなければそれを推奨する。"
            + "固定費は区分ごとに全額で比べ、複数の区分を同じ方式にまとめたときの按分はしない。",
        "⑤ 採点できた回答がない区分（要測定）と、残った候補に月額費用が未記入（一時費用の一部の未記入を含む）または計算できない候補がある区分（要判断）は推奨しない。"
            + "推奨した候補の判定が要追加検証のとき、または区分の項目の一部しか採点されていないときは、理由にその旨を書く。",
    ];

    /// <summary>One candidate's inputs for a class.</summary>
    /// <param name="ExpectedCalls">Calls the class should have had scored (its items × repeats) when the candidate may handle it.</param>
    /// <param name="Cost">Its cost line; null when the cost is unknown.</param>
    /// <param name="FailedGate">A required criterion the gate judged FAIL covers the class.</param>
    /// <param name="Unsettled">The gate's overall verdict on it is 要追加検証.</param>
    public sealed record Input(
        string ProviderId, string Name, bool MayHandle, Estimate Accuracy, int ExpectedCalls, CandidateCostLine? Cost, bool FailedGate, bool Unsettled);

    public static DataClassRecommendation Decide(
        DataClass dataClass, int items, IReadOnlyList<Input> inputs, double? threshold, double? volume, bool volumeIsClassVolume, double exchangeFactor, string? currency)
    {
        List<Input> eligible = [.. inputs.Where(i => i.MayHandle)];
        bool Below(Input i) => threshold is { } t && i.Accuracy.N > 0 && i.Accuracy.High < t;
        List<Input> qualified = [.. eligible.Where(i => i.Accuracy.N > 0 && !i.FailedGate && !Below(i))];
        double bestLow = qualified.Count == 0 ? double.NaN
            : qualified.OrderByDescending(i => i.Accuracy.Value).ThenByDescending(i => i.Accuracy.Low).First().Accuracy.Low;
        bool Comparable(Input i) => i.Accuracy.N > 0 && i.Accuracy.High >= bestLow;
        double? CostOf(Input i) => volume is { } v && i.Cost is { Complete: true } line ? line.At(v, exchangeFactor) : null;
        List<Input> remaining = [.. qualified.Where(Comparable)];
        var reasons = new Reasons(eligible, qualified, Below, Comparable);

        var result = new DataClassRecommendation
        {
            Class = dataClass,
            Items = items,
            MonthlyVolume = volume,
            VolumeIsClassVolume = volumeIsClassVolume,
            AccuracyThreshold = threshold,
            Candidates = [.. inputs.Select(i => new ClassCandidate
            {
                ProviderId = i.ProviderId,
                Name = i.Name,
                MayHandle = i.MayHandle,
                Accuracy = i.Accuracy,
                QualityComparable = i.MayHandle && Comparable(i),
                BelowCriterion = i.MayHandle && Below(i),
                FailedGate = i.FailedGate,
                MonthlyCost = CostOf(i),
            })],
            Kind = RecommendationKind.NoCandidateMayHandle,
            Reason = $"この区分（{SensitivityNames.Label(dataClass.Sensitivity)}）を受け取れる候補がありません。取扱区分・導入方式を見直すか、この区分の情報は生成AIに入力しない運用にします。",
        };
        if (eligible.Count == 0)
        {
            return result;
        }

        if (eligible.All(i => i.Accuracy.N == 0))
        {
            return result with
            {
                Kind = RecommendationKind.NotMeasured,
                Reason = items == 0
                    ? "テストセットにこの区分の項目がないため推奨しません（要測定）。業務量がある区分なので、項目を加えて評価してください。"
                    : $"受け取れる候補（{Names(eligible)}）はありますが、この区分で採点できた回答がないため推奨しません（要測定）。",
            };
        }

        if (remaining.Count == 0)
        {
            return result with
            {
                Kind = RecommendationKind.NoneMeetsCriterion,
                Reason = $"受け取れる候補は、どれもこの区分にかかる必須の基準が FAIL か、この区分の正答率の95%区間の上限が基準{Threshold(threshold)}に届きません。"
                    + "推奨できる候補はありません。" + reasons.LeftOut(),
            };
        }

        List<Input> unknownCost = [.. remaining.Where(i => CostOf(i) is null)];
        if (remaining.Count > 1 && unknownCost.Count > 0)
        {
            return result with
            {
                Kind = RecommendationKind.Undecided,
                Reason = $"品質で劣るとは言えない候補（{Names(remaining)}）のうち、{Names(unknownCost)} の月額費用が未記入（一時費用の一部の未記入を含む）か計算できないため、"
                    + "費用では選べません（要判断）。" + reasons.LeftOut(),
            };
        }

        Input chosen = remaining.OrderBy(i => CostOf(i) ?? 0).ThenByDescending(i => i.Accuracy.Low).First();
        string why = remaining.Count == 1
            ? $"受け取れる候補 {eligible.Count} 件のうち、{(eligible.Count > 1 ? "基準と品質の条件を満たすのはこの候補だけです" : "この区分で採点できた候補はこれだけです")}"
            : $"品質で劣るとは言えない {remaining.Count} 件（{Names(remaining)}）のうち、月額費用が最も安い";
        return result with
        {
            Kind = RecommendationKind.Recommended,
            RecommendedId = chosen.ProviderId,
            Reason = $"{chosen.Name} を推奨: {why}（正答率 {Accuracy(chosen.Accuracy)}{CostPhrase(chosen.Cost, volume, exchangeFactor, currency)}）。"
                + Caveats(chosen) + reasons.LeftOut(),
        };
    }

    /// <summary>What is still to verify about the chosen candidate: part of the class unscored, the gate's 要追加検証.</summary>
    private static string Caveats(Input chosen) =>
        (chosen.Accuracy.N < chosen.ExpectedCalls
            ? $"この区分の {chosen.ExpectedCalls} 件のうち採点できたのは {chosen.Accuracy.N} 件だけです（残りを採点して確かめてください）。"
            : string.Empty)
        + (chosen.Unsettled ? $"{chosen.Name} の判定（go/no-go）は要追加検証です。" : string.Empty);

    private static string Threshold(double? threshold) =>
        threshold is { } t ? $" {t.ToString("0.###", CultureInfo.InvariantCulture)} " : "（なし）";

    private static string Names(IEnumerable<Input> inputs) => string.Join("、", inputs.Select(i => i.Name));

    private static string Accuracy(Estimate e) => string.Create(
        CultureInfo.InvariantCulture, $"{e.Value:0.0%}［{e.Low:0.0%}〜{e.High:0.0%}］、n={e.N}");

    /// <summary>「、月額 60,000 円」; a lower bound says so; nothing when the cost cannot be computed.</summary>
    private static string CostPhrase(CandidateCostLine? line, double? volume, double exchangeFactor, string? currency) =>
        volume is { } v && line is not null
            ? $"、月額 {Money.Amount(line.At(v, exchangeFactor), currency)}{(line.Complete ? string.Empty : " 以上（一時費用に未記入あり）")}"
            : string.Empty;

    /// <summary>Why eligible candidates are not among those compared on cost, one sentence per reason.</summary>
    private sealed class Reasons(List<Input> eligible, List<Input> qualified, Func<Input, bool> below, Func<Input, bool> comparable)
    {
        public string LeftOut() =>
            Sentence(eligible.Where(i => i.Accuracy.N == 0), "はこの区分で採点できた回答がなく、比べていません（要測定）。")
            + Sentence(eligible.Where(i => i.Accuracy.N > 0 && i.FailedGate), "はこの区分にかかる必須の基準が FAIL のため除いています。")
            + Sentence(eligible.Where(i => i.Accuracy.N > 0 && !i.FailedGate && below(i)), "はこの区分の正答率が基準に届かないため除いています。")
            + Sentence(qualified.Where(i => !comparable(i)), "はこの区分の正答率が最も高い候補より明らかに低いため除いています。");

        private static string Sentence(IEnumerable<Input> inputs, string why) =>
            inputs.ToList() is { Count: > 0 } list ? $"{Names(list)} {why}" : string.Empty;
    }
}
