namespace GaiEval.Reporting.Rounds;

using System.Globalization;
using GaiEval.Core.Analysis;
using GaiEval.Core.Decision;
using GaiEval.Core.Plans;
using GaiEval.Core.Rounds;
using GaiEval.Core.Rounds.Contamination;
using GaiEval.Core.Rounds.Leaderboard;
using GaiEval.Reporting.Summary;
using GaiEval.Reporting.Text;

/// <summary>How the round files write submissions, figures, verdicts and signals (the same words in the leaderboard and in every feedback file).</summary>
public static class RoundTexts
{
    public const string NotMeasured = "NOT MEASURED（未測定）";

    public const string GapSuspect = "要確認（公開と非公開の差）";

    private static readonly TimeSpan Jst = TimeSpan.FromHours(9);

    /// <summary>e.g. s1 事業者A「製品」.</summary>
    public static string Name(RoundEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return $"{entry.Folder}（{entry.Vendor}「{entry.Product}」）";
    }

    public static string Model(RoundEntry entry) => $"{entry.Model} {entry.ModelVersion}";

    public static string Method(RoundEntry entry) => MethodNames.Japanese(entry.Method);

    public static string Time(DateTimeOffset time) => time.ToOffset(Jst).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + "（日本時間）";

    /// <summary>70.0% [50.1%, 84.5%].</summary>
    public static string Share(Proportion p) => p.N == 0 ? "－" : Numbers.WithInterval(p);

    public static string Criterion(Criterion criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        string why = string.IsNullOrWhiteSpace(criterion.Why) ? string.Empty : $": {criterion.Why}";
        return $"{CriterionText.Statement(criterion)}（{VerdictNames.Requirement(criterion.Required)}）{why}";
    }

    /// <summary>PASS / FAIL / 要追加検証 / NOT MEASURED; never a pass for what was not measured.</summary>
    public static string Verdict(ProviderVerdict? verdict) => verdict switch
    {
        null => "NOT MEASURED（判定基準なし）",
        { NotMeasured: not null } => NotMeasured,
        { Outcome: OverallOutcome.Go } => "PASS（必須の基準をすべて達成）",
        { Outcome: OverallOutcome.NoGo } => "FAIL（未達の必須基準あり）",
        _ => "要追加検証（未確定の基準あり）",
    };

    public static string Gap(ContaminationSignals signals)
    {
        ArgumentNullException.ThrowIfNull(signals);
        if (signals.Kind == SubmissionKind.Answers)
        {
            return "対象外（回答ファイル: 非公開項目の回答がない）";
        }

        if (!signals.GapMeasured)
        {
            return NotMeasured + "（公開・非公開の両方に採点済みの回答がない）";
        }

        var gap = signals.Gap!;
        string verdict = gap.Suspect ? "公開項目で高すぎる（要確認）" : "疑いなし";
        string difference = gap.Difference.Value is { } d
            ? $"{Numbers.Signed(d * 100)} ポイント [{Numbers.Signed(gap.Difference.Low * 100)}, {Numbers.Signed(gap.Difference.High * 100)}]"
            : "－";
        return $"{verdict}: 公開 {Share(gap.Public)}（n={gap.Public.N}）− 非公開 {Share(gap.Hidden)}（n={gap.Hidden.N}）= {difference}、Fisher p={PairSeparation.P(gap.PValue)}";
    }

    public static string Canary(CanarySignal canary)
    {
        ArgumentNullException.ThrowIfNull(canary);
        return canary switch
        {
            { HasCanary: false } => NotMeasured + "（canary.json がない）",
            { Answers: 0 } => NotMeasured + "（調べる回答がない）",
            { Hits: > 0 } => $"検出 {canary.Hits}/{canary.Answers} 件の回答",
            _ => $"検出なし（0/{canary.Answers} 件の回答）",
        };
    }

    public static string Completion(CompletionSignal completion)
    {
        ArgumentNullException.ThrowIfNull(completion);
        string unanswered = completion.Unanswered > 0 ? $"、{completion.Unanswered} 件は未回答" : string.Empty;
        return completion switch
        {
            { Applicable: false } => "対象外（回答ファイル）",
            { HasResults: false } => NotMeasured + "（completion.json がない）",
            { Expected: 0 } => NotMeasured + "（送れるプローブがない）",
            { Answered: 0 } => NotMeasured + $"（回答されたプローブがない: 0/{completion.Expected} 件）",
            { Completed: > 0 } => $"続きを再現 {completion.Completed}/{completion.Answered} 件" + (completion.Unanswered > 0 ? $"（{completion.Unanswered} 件は未回答）" : string.Empty),
            _ => $"再現なし（0/{completion.Answered} 件{unanswered}）",
        };
    }

    /// <summary>An answers file's answers that reproduce the public reference (the text names the signal: it stands in the 補完プローブ column).</summary>
    public static string Copy(ReferenceCopySignal copy)
    {
        ArgumentNullException.ThrowIfNull(copy);
        return copy switch
        {
            { Applicable: false } => "対象外（接続先）",
            { Answers: 0 } => $"{ContaminationSignals.CopyName}: {NotMeasured}（模範解答が{CompletionProbeSet.MinimumReferenceLength}文字以上の公開項目への回答がない）",
            { Copies: > 0 } => $"{ContaminationSignals.CopyName} {copy.Copies}/{copy.Answers} 件",
            _ => $"{ContaminationSignals.CopyName}なし（0/{copy.Answers} 件）",
        };
    }

    /// <summary>The 補完プローブ column: the probes for an endpoint, the reference copy for an answers file.</summary>
    public static string Probes(ContaminationSignals signals)
    {
        ArgumentNullException.ThrowIfNull(signals);
        return signals.Kind == SubmissionKind.Answers ? Copy(signals.Copy) : Completion(signals.Completion);
    }

    /// <summary>
    /// 汚染の疑い / 要確認（公開と非公開の差） / 検出なし / 検出なし（一部未測定: …） / NOT MEASURED: 検出なし only when every
    /// signal that applies to the submission was measured in full; what was not measured is never shown as clean.
    /// </summary>
    public static string Suspicion(ContaminationSignals signals)
    {
        ArgumentNullException.ThrowIfNull(signals);
        if (signals.Suspect)
        {
            return "汚染の疑い";
        }

        if (signals.GapSuspect)
        {
            return GapSuspect;
        }

        IReadOnlyList<string> missing = signals.NotMeasuredInFull;
        return missing.Count == 0 ? "検出なし"
            : signals.AnyMeasured ? $"検出なし（一部未測定: {string.Join("、", missing)}）"
            : NotMeasured;
    }

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
