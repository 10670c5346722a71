namespace GaiEval.Core.Rounds.Leaderboard;

using GaiEval.Core.Analysis;
using GaiEval.Core.Analysis.Contamination;
using GaiEval.Core.Decision;
using GaiEval.Core.Model;
using GaiEval.Core.Results;
using GaiEval.Core.Rounds.Contamination;

/// <summary>Builds a round's leaderboard from its stored run: the two rankings, the verdicts and every submission's signals and feedback figures.</summary>
public static class RoundLeaderboardBuilder
{
    /// <summary>Shown above the tables of a run that was not scored to the end (the gate says the same when there are criteria).</summary>
    public const string UnfinishedRun = "この実行は採点まで完了していません。順位と判定は保存済みの採点済み回答だけによります。";

    /// <param name="decision">The run judged under its own criteria; null when the run has none.</param>
    /// <param name="canaryFound">Whether an answer contains the round's canary; null when the round has no canary.json.</param>
    /// <param name="completion">The probes of completion.json; null when the round has none.</param>
    public static RoundLeaderboard Build(
        RoundRun round,
        RunResults results,
        GateDecision? decision,
        Func<string, bool>? canaryFound,
        IReadOnlyList<CompletionProbeResult>? completion,
        DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(results);
        IReadOnlyList<SplitGap> gaps = SplitGapAnalyser.Analyse(results);
        LeaderboardRanking official = LeaderboardRanker.Rank(
            [.. round.Entries.Where(e => e.Kind == SubmissionKind.Endpoint).Select(e => Calls(results, e.ProviderId, ItemSplit.Hidden))]);
        LeaderboardRanking practice = LeaderboardRanker.Rank([.. round.Entries.Select(e => Calls(results, e.ProviderId, ItemSplit.Public))]);
        return new RoundLeaderboard
        {
            Round = round,
            Run = results.Run,
            Criteria = decision?.Criteria ?? results.Plan.Criteria,
            Warnings = decision?.Warnings ?? (results.Run.Status == RunStatus.Scored ? [] : [UnfinishedRun]),
            CreatedAt = createdAt,
            Official = official,
            Practice = practice,
            Entries = [.. round.Entries.Select(e => Entry(results, e, decision, gaps, canaryFound, completion))],
        };
    }

    private static SubmissionCalls Calls(RunResults results, string providerId, ItemSplit split) => new(
        providerId,
        Answered(results, providerId)
            .Where(r => results.ItemsById[r.ItemId].Split == split)
            .Select(r => (Key: (r.ItemId, r.Repeat), Correct: results.Correct(r.Key)))
            .Where(c => c.Correct is not null)
            .DistinctBy(c => c.Key)
            .ToDictionary(c => c.Key, c => c.Correct!.Value));

    private static IEnumerable<ResponseRecord> Answered(RunResults results, string providerId) =>
        results.Responses.Where(r => r.ProviderId == providerId && r.Status == ResponseStatus.Ok);

    private static LeaderboardEntry Entry(
        RunResults results,
        RoundEntry entry,
        GateDecision? decision,
        IReadOnlyList<SplitGap> gaps,
        Func<string, bool>? canaryFound,
        IReadOnlyList<CompletionProbeResult>? completion)
    {
        List<ResponseRecord> answered = [.. Answered(results, entry.ProviderId)];
        List<string> texts = [.. results.AllResponses
            .Where(r => r.ProviderId == entry.ProviderId && r.Status == ResponseStatus.Ok && r.Text is not null)
            .Select(r => r.Text!)];
        var canary = new CanarySignal(canaryFound is not null, texts.Count, canaryFound is null ? 0 : texts.Count(canaryFound));
        int Undecided(ItemSplit split) => answered.Count(r => results.ItemsById[r.ItemId].Split == split && results.Correct(r.Key) is null);
        return new LeaderboardEntry
        {
            Entry = entry,
            Verdict = decision?.Providers.FirstOrDefault(p => p.Provider.Id == entry.ProviderId),
            Signals = new ContaminationSignals(
                gaps.FirstOrDefault(g => g.ProviderId == entry.ProviderId), canary, CompletionSignal.For(entry, completion)),
            HiddenUndecided = Undecided(ItemSplit.Hidden),
            PublicUndecided = Undecided(ItemSplit.Public),
            Failed = results.Responses.Count(r => r.ProviderId == entry.ProviderId && r.Status is ResponseStatus.Error or ResponseStatus.Timeout),
            Categories = Categories(results, answered, ItemSplit.Public, ItemSplit.Hidden),
            HiddenCategories = Categories(results, answered, ItemSplit.Hidden),
            PublicFailures = Failures(results, entry.ProviderId),
        };
    }

    private static List<CategoryAccuracy> Categories(RunResults results, List<ResponseRecord> answered, params ItemSplit[] splits) =>
        [.. answered
            .Where(r => splits.Contains(results.ItemsById[r.ItemId].Split))
            .Select(r => (results.ItemsById[r.ItemId].Category, Correct: results.Correct(r.Key)))
            .Where(c => c.Correct is not null)
            .GroupBy(c => c.Category, StringComparer.Ordinal)
            .Select(g => new CategoryAccuracy(g.Key, Proportion.Wilson(g.Count(c => c.Correct == true), g.Count())))];

    private static List<PublicFailure> Failures(RunResults results, string providerId)
    {
        Dictionary<string, int> order = results.Items.Select((item, i) => (item.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        return [.. results.Responses
            .Where(r => r.ProviderId == providerId && results.ItemsById[r.ItemId].Split == ItemSplit.Public)
            .Where(r => r.Status is ResponseStatus.Error or ResponseStatus.Timeout || (r.Status == ResponseStatus.Ok && results.Correct(r.Key) == false))
            .OrderBy(r => order.GetValueOrDefault(r.ItemId))
            .ThenBy(r => r.Repeat)
            .Select(r =>
            {
                GoldItem item = results.ItemsById[r.ItemId];
                return new PublicFailure(item.Id, r.Repeat, item.Question, item.Reference, r.Status == ResponseStatus.Ok ? r.Text ?? string.Empty : null);
            })];
    }
}
