namespace GaiEval.Cli.Inputs;

using GaiEval.Core.Inputs;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Core.Scoring;
using GaiEval.Providers;
using GaiEval.Providers.Preflight;
using GaiEval.Scoring;
using Microsoft.Extensions.AI.Evaluation;

/// <summary>
/// Turns a provider of a plan (its <c>judges</c>, or any of its <c>providers</c>) into a <see cref="ScoringJudge"/>. The
/// judge's replies are kept in the response cache, so judging again after an interruption does not call it twice.
/// </summary>
internal static class JudgeSetup
{
    public static ProviderProfile Find(EvalPlan plan, string id, string source) =>
        plan.Judges.Concat(plan.Providers).FirstOrDefault(p => p.Id == id)
        ?? throw new InputException(source, 0, "--judge",
            $"判定者 {id} は計画にありません。指定できるもの: {string.Join(", ", plan.Judges.Concat(plan.Providers).Select(p => p.Id))}");

    /// <summary>The judge, or the reasons it cannot judge now (a missing key variable, an unreachable endpoint, a non-model adapter).</summary>
    public static async Task<(ScoringJudge? Judge, IReadOnlyList<string> Problems)> TryCreateAsync(
        ProviderProfile profile, IResponseCache cache, CancellationToken ct)
    {
        if (ChatClientFactory.WhyNotJudge(profile) is { } notJudge)
        {
            return (null, [notJudge]);
        }

        // The judge is checked as it will be called: a provider with rag: judges without searching, so it needs no knowledge folder.
        var factory = new ChatClientFactory(knowledge: null, cache);
        IReadOnlyList<ProviderProblem> problems = await new ProviderPreflight(factory, EndpointProbe.Default).CheckAsync([ChatClientFactory.AsJudge(profile)], ct);
        if (problems.Count > 0)
        {
            return (null, [.. problems.Select(p => p.Message)]);
        }

        var judge = new ScoringJudge(
            profile.Id, new ChatConfiguration(factory.CreateJudge(profile)), ScoringCatalog.Judges, ClearancePolicy.Ceiling(profile), profile.Limits.Concurrency);
        return (judge, []);
    }
}
