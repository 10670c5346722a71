namespace GaiEval.Reporting.Methods;

using GaiEval.Core.Analysis.Deployment;
using GaiEval.Core.Analysis.Economics;

/// <summary>
/// The コスト rows: the one-off costs, the monthly costs with and without their spread, the 3-year TCO, the cost per correct
/// answer and the break-even against each other candidate. 未記入 where the plan states nothing; the reason where a figure cannot be computed.
/// </summary>
internal static class MethodCostRows
{
    private const string Group = "コスト";

    public static IEnumerable<MethodRow> Of(IReadOnlyList<CandidateColumn> candidates, MethodFormat format)
    {
        yield return MethodRow.Of(Group, "一時費用: 初期費用", candidates, c => OneOffPart(c, o => o.Initial, format));
        yield return MethodRow.Of(Group, "一時費用: 開発費", candidates, c => OneOffPart(c, o => o.Development, format));
        yield return MethodRow.Of(Group, "一時費用: データ整備費", candidates, c => OneOffPart(c, o => o.DataPreparation, format));
        yield return MethodRow.Of(Group, "一時費用計", candidates, c => c.Cost.OneOff is { } oneOff ? LowerBound(oneOff, oneOff.Total, format) : NoOneOff(c), compact: true);
        yield return MethodRow.Of(Group, "契約月数", candidates, c => MethodLabels.Months(c.Profile?.ContractMonths));
        yield return MethodRow.Of(Group, "月額（運用）", candidates, c => Amount(c, c.Cost.RunningMonthly, format));
        yield return MethodRow.Of(Group, "月額（一時費用の月割りを含む）", candidates, c => Amount(c, c.Cost.MonthlyTotal, format) + WithoutOneOff(c) + PartlyStated(c, c.Cost.MonthlyTotal), compact: true);
        yield return MethodRow.Of(Group, $"{CandidateCost.TcoMonths / 12}年TCO", candidates, c => Tco(c, format), compact: true);
        yield return MethodRow.Of(Group, "正答1件あたり", candidates, c => c.Cost.CostPerCorrectAnswer is { } unit
            ? format.PerUnit(unit) + PartlyStated(c, unit.Value)
            : c.Cost.Message ?? "－（正答がないため計算できない）", compact: true);
        foreach (CandidateColumn other in candidates.Where(c => c.Cost.BreakEvens.Count > 0))
        {
            yield return MethodRow.Of(Group, $"損益分岐（対 {other.Name}）", candidates, c => BreakEven(c, other));
        }
    }

    private static string OneOffPart(CandidateColumn c, Func<OneOffSpread, double?> part, MethodFormat format) =>
        c.Cost.OneOff is { } oneOff ? (part(oneOff) is { } amount ? format.Money(amount) : MethodLabels.NotStated) : NoOneOff(c);

    /// <summary>Without economics the plan's one-off costs are not converted: say why rather than 未記入.</summary>
    private static string NoOneOff(CandidateColumn c) =>
        c.Cost.Status is null && c.Profile?.OneOff is not null ? c.Cost.Message ?? MethodLabels.NotStated : MethodLabels.NotStated;

    /// <summary>A monthly figure that could not include the one-off costs because the plan states none.</summary>
    private static string WithoutOneOff(CandidateColumn c) =>
        c.Cost is { MonthlyTotal: not null, OneOff: null } ? "（一時費用は未記入のため含まない）" : string.Empty;

    /// <summary>A monthly figure that spreads an incomplete one-off total is a lower bound.</summary>
    private static string PartlyStated(CandidateColumn c, double? amount) =>
        amount is not null && c.Cost.OneOff is { Complete: false } ? " 以上（一時費用に未記入あり）" : string.Empty;

    private static string LowerBound(OneOffSpread oneOff, double amount, MethodFormat format) =>
        format.Money(amount) + (oneOff.Complete ? string.Empty : " 以上（未記入あり）");

    private static string Amount(CandidateColumn c, double? amount, MethodFormat format) =>
        amount is { } a ? format.Money(a) : c.Cost.Message ?? "－（計算できない）";

    private static string Tco(CandidateColumn c, MethodFormat format) => c.Cost switch
    {
        { ThreeYearTco: { } tco, OneOff: { } oneOff } => LowerBound(oneOff, tco, format),
        { RunningMonthly: null } cost => cost.Message ?? "－（月額を計算できない）",
        _ => $"{MethodLabels.NotStated}（一時費用が未記入）",
    };

    private static string BreakEven(CandidateColumn c, CandidateColumn other)
    {
        if (c.ProviderId == other.ProviderId)
        {
            return "－（同じ候補）";
        }

        BreakEven? breakEven = c.Cost.BreakEvens.FirstOrDefault(b =>
            (b.FirstProviderId == c.ProviderId && b.SecondProviderId == other.ProviderId) || (b.SecondProviderId == c.ProviderId && b.FirstProviderId == other.ProviderId));
        return breakEven switch
        {
            null => c.Cost.Message ?? other.Cost.Message ?? "－（どちらかの費用を計算できない）",
            _ => breakEven.Explanation,
        };
    }
}
