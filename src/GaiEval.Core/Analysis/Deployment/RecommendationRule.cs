namespace GaiEval.Core.Analysis.Deployment;

using System.Globalization;
using GaiEval.Core.Analysis.Economics;
using GaiEval.Core.Plans;

/// <summary>
/// The rule that turns the figures of one data class into a recommendation (<see cref="Steps"/>, printed with it): who
/// may handle it, who is not shown worse than the best, and of those the cheapest at the class's monthly volume. It
/// recommends nothing when it cannot tell (no scored answer, a cost unknown among the comparable ones).
/// </summary>
internal static class RecommendationRule
{
    public static IReadOnlyList<string> Steps { get; } =
    [
        "① その区分の機密度を受け取れる候補（取扱区分 clearance と導入方式の条件をともに満たす候補）だけを対象にする。",
        "② 対象の候補のうち、その区分の項目での正答率の95%区間の上限が、最も正答率の高い候補（同率なら区間の下限が高い候補）の区間の下限に届く候補を"
            + "「品質で劣るとは言えない候補」とする。計画に必須の正答率の判定基準（accuracy、required: true。その用途の基準があればそれ）があれば、"
            + "区間の上限が基準値に届かない候補と、判定（go/no-go）でその区分にかかる必須の基準が FAIL の候補（全体・業務分野の基準、その用途の基準。全用途の区分ではどの用途の基準も）は除く。",
        "③ 残った候補のうち、その区分の月間件数（economics.monthly_volume_by_sensitivity。なければ計画全体の月間件数）での月額費用"
            + "（一時費用を契約月数で月割りした額を含む）が最も安い候補を推奨する。残った候補が1つならそれを推奨する。"
            + "固定費は区分ごとに全額で比べ、複数の区分を同じ方式にまとめたときの按分はしない。",
        "④ 採点できた回答がない区分（要測定）と、残った候補に費用が未記入・計算できない候補がある区分（要判断）は推奨しない。",
    ];

    /// <summary>One candidate's inputs for a class: whether it may handle it, its accuracy there and its cost line (null: unknown).</summary>
    /// <param name="FailedGate">A required criterion the gate judged FAIL covers the class.</param>
    public sealed record Input(string ProviderId, string Name, bool MayHandle, Estimate Accuracy, CandidateCostLine? Cost, bool FailedGate);

    public static DataClassRecommendation Decide(
        DataClass dataClass, int items, IReadOnlyList<Input> inputs, double? threshold, double? volume, bool volumeIsClassVolume, double exchangeFactor, string? currency)
    {
        List<Input> eligible = [.. inputs.Where(i => i.MayHandle)];
        List<Input> measured = [.. eligible.Where(i => i.Accuracy.N > 0)];
        // Of equally accurate candidates the best is the one with the highest lower bound, so plan order cannot change the result.
        double bestLow = measured.Count == 0 ? double.NaN
            : measured.OrderByDescending(i => i.Accuracy.Value).ThenByDescending(i => i.Accuracy.Low).First().Accuracy.Low;
        bool Comparable(Input i) => i.Accuracy.N > 0 && i.Accuracy.High >= bestLow;
        bool Below(Input i) => threshold is { } t && i.Accuracy.N > 0 && i.Accuracy.High < t;
        double? CostOf(Input i) => volume is { } v ? i.Cost?.At(v, exchangeFactor) : null;
        List<Input> remaining = [.. measured.Where(i => Comparable(i) && !Below(i) && !i.FailedGate)];

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

        if (measured.Count == 0)
        {
            return result with
            {
                Kind = RecommendationKind.NotMeasured,
                Reason = $"受け取れる候補（{Names(eligible)}）はありますが、この区分で採点できた回答がないため推奨しません（要測定）。",
            };
        }

        if (remaining.Count == 0)
        {
            return result with
            {
                Kind = RecommendationKind.NoneMeetsCriterion,
                Reason = $"受け取れる候補は、どれもこの区分の正答率の95%区間の上限が基準{Threshold(threshold)}に届かないか、この区分にかかる必須の基準が FAIL です。推奨できる候補はありません。" + LeftOut(eligible, Below),
            };
        }

        if (remaining.Count == 1)
        {
            Input only = remaining[0];
            string others = measured.Count > 1 ? "基準と品質の条件を満たすのはこの候補だけです" : "この区分で採点できた候補はこれだけです";
            return result with
            {
                Kind = RecommendationKind.Recommended,
                RecommendedId = only.ProviderId,
                Reason = $"{only.Name} を推奨: 受け取れる候補 {eligible.Count} 件のうち、{others}（正答率 {Accuracy(only.Accuracy)}{CostPhrase(CostOf(only), currency)}）。" + LeftOut(eligible, Below),
            };
        }

        List<Input> unknownCost = [.. remaining.Where(i => CostOf(i) is null)];
        if (unknownCost.Count > 0)
        {
            return result with
            {
                Kind = RecommendationKind.Undecided,
                Reason = $"品質で劣るとは言えない候補（{Names(remaining)}）のうち、{Names(unknownCost)} の月額費用が未記入か計算できないため、費用では選べません（要判断）。" + LeftOut(eligible, Below),
            };
        }

        Input cheapest = remaining.MinBy(i => CostOf(i)!.Value)!;
        return result with
        {
            Kind = RecommendationKind.Recommended,
            RecommendedId = cheapest.ProviderId,
            Reason = $"{cheapest.Name} を推奨: 品質で劣るとは言えない {remaining.Count} 件（{Names(remaining)}）のうち、月額費用が最も安い"
                + $"（正答率 {Accuracy(cheapest.Accuracy)}{CostPhrase(CostOf(cheapest), currency)}）。" + LeftOut(eligible, Below),
        };
    }

    /// <summary>Why eligible candidates are not among those compared on cost: no scored answer, a failed required criterion, below the threshold.</summary>
    private static string LeftOut(List<Input> eligible, Func<Input, bool> below)
    {
        List<Input> unmeasured = [.. eligible.Where(i => i.Accuracy.N == 0)];
        List<Input> failed = [.. eligible.Where(i => i.Accuracy.N > 0 && i.FailedGate)];
        List<Input> belowThreshold = [.. eligible.Where(i => i.Accuracy.N > 0 && !i.FailedGate && below(i))];
        return (unmeasured.Count > 0 ? $"{Names(unmeasured)} はこの区分で採点できた回答がなく、比べていません（要測定）。" : string.Empty)
            + (failed.Count > 0 ? $"{Names(failed)} はこの区分にかかる必須の基準が FAIL のため除いています。" : string.Empty)
            + (belowThreshold.Count > 0 ? $"{Names(belowThreshold)} はこの区分の正答率が基準に届かないため除いています。" : string.Empty);
    }

    private static string Threshold(double? threshold) =>
        threshold is { } t ? $" {t.ToString("0.###", CultureInfo.InvariantCulture)} " : "（なし）";

    private static string Names(IEnumerable<Input> inputs) => string.Join("、", inputs.Select(i => i.Name));

    private static string Accuracy(Estimate e) => string.Create(
        CultureInfo.InvariantCulture, $"{e.Value:0.0%}［{e.Low:0.0%}〜{e.High:0.0%}］、n={e.N}");

    private static string CostPhrase(double? cost, string? currency) => cost is { } c ? $"、月額 {Money.Amount(c, currency)}" : string.Empty;
}
