namespace GaiEval.Core.Decision;

using GaiEval.Core.Plans;
using GaiEval.Core.Results;

/// <summary>
/// The verdicts on every provider of a run under one set of criteria, and whether those criteria are the ones fixed when
/// the run started (every output shows <see cref="Warnings"/>).
/// </summary>
public sealed record GateDecision
{
    /// <summary>The judged run.</summary>
    public required RunInfo Run { get; init; }

    public required IReadOnlyList<Criterion> Criteria { get; init; }

    /// <summary>Every provider of the run's plan, in the plan's order.</summary>
    public required IReadOnlyList<ProviderVerdict> Providers { get; init; }

    /// <summary>The criteria's SHA-256 stored with the run when it started.</summary>
    public string FixedCriteriaHash => Run.CriteriaHash;

    /// <summary>The SHA-256 of <see cref="Criteria"/>, computed as the run computed its own.</summary>
    public required string CriteriaHash { get; init; }

    public bool CriteriaChanged => !string.Equals(FixedCriteriaHash, CriteriaHash, StringComparison.OrdinalIgnoreCase);

    /// <summary>The warning every output prints when the criteria differ from those fixed at the start; null when they do not.</summary>
    public string? CriteriaWarning => CriteriaChanged
        ? $"判定基準が実行開始時に固定されたものと異なります（開始時 {Short(FixedCriteriaHash)}、今回 {Short(CriteriaHash)}）。事前に決めた基準による判定ではありません。"
        : null;

    /// <summary>What every output must show above the verdicts: changed criteria, a run that did not finish.</summary>
    public IReadOnlyList<string> Warnings
    {
        get
        {
            var warnings = new List<string>();
            if (CriteriaWarning is { } criteria)
            {
                warnings.Add(criteria);
            }

            if (Run.Status != RunStatus.Scored)
            {
                string state = Run.Status == RunStatus.Interrupted ? "中断" : "未完了";
                warnings.Add($"この実行は完了していません（{state}）。判定は保存済みの回答だけによります。");
            }

            return warnings;
        }
    }

    /// <summary>The providers the plan marks <c>candidate: true</c>: the methods under decision.</summary>
    public IReadOnlyList<ProviderVerdict> Candidates => [.. Providers.Where(p => p.Provider.Candidate)];

    /// <summary>The other providers (baselines, <c>candidate: false</c>): shown for reference (参考), never decide.</summary>
    public IReadOnlyList<ProviderVerdict> References => [.. Providers.Where(p => !p.Provider.Candidate)];

    /// <summary>The candidates that were not measured at all: each is 要追加検証.</summary>
    public IReadOnlyList<ProviderVerdict> NotMeasuredCandidates => [.. Candidates.Where(p => p.NotMeasured is not null)];

    /// <summary>What every output says when the plan marks no provider <c>candidate: true</c>: the gate has nothing to judge.</summary>
    public const string NoCandidateMessage =
        "判定対象の候補（candidate: true）がありません。判定したい提供先に計画で「candidate: true」を付けて実行し直してください（基準との比較は参考として示します）。";

    /// <summary>
    /// NO-GO when any candidate is NO-GO, else 要追加検証 when any is not GO, else GO; null when there is no candidate (a
    /// gate with nothing to judge is not a pass: <c>gate</c> exits 3).
    /// </summary>
    public OverallOutcome? CandidatesOutcome
    {
        get
        {
            IReadOnlyList<ProviderVerdict> candidates = Candidates;
            if (candidates.Count == 0)
            {
                return null;
            }

            return candidates.Any(c => c.Outcome == OverallOutcome.NoGo) ? OverallOutcome.NoGo
                : candidates.Any(c => c.Outcome == OverallOutcome.NeedsMoreEvidence) ? OverallOutcome.NeedsMoreEvidence
                : OverallOutcome.Go;
        }
    }

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] + "…" : hash;
}
