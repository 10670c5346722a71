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

    /// <summary>Why an answers file gets no verdict under the criteria, which are judged on hidden items only.</summary>
    public const string AnswersFileNotJudged = "非公開項目の回答がない（回答ファイルの応募は判定の対象外。公開項目は練習できたため）";

    /// <param name="decision">The run judged under its own criteria on its hidden items only; null when the run has none.</param>
    /// <param name="canaryFound">Whether an answer contains the round's canary; null when the round has no canary.json.</param>
    /// <param name="completion">The probes of completion.json; null when the round has none.</param>
    /// <param name="copiesReference">Whether an answer (first) reproduces a public reference (second): the completion probes' check.</param>
    public static RoundLeaderboard Build(
        RoundRun round,
        RunResults results,
        GateDecision? decision,
        Func<string, bool>? canaryFound,
        IReadOnlyList<CompletionProbeResult>? completion,
        Func<string, string, bool> copiesReference,
        DateTimeOffset createdAt)
    {
        ArgumentNullException.ThrowIfNull(round);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(copiesReference);
        IReadOnlyList<SplitGap> gaps = SplitGapAnalyser.Analyse(results);
        LeaderboardRanking official = Rank(results, [.. round.Entries.Where(e => e.Kind == SubmissionKind.Endpoint)], ItemSplit.Hidden);
        LeaderboardRanking practice = Rank(results, round.Entries, ItemSplit.Public);
        int probes = CompletionProbeSet.Build(results.Items, results.Plan.Round?.CompletionProbes ?? 0).Count;
        var guard = VendorLeakGuard.For(results.AllItems);
        List<OmittedAnswer> omitted = [];
        List<LeaderboardEntry> entries = [.. round.Entries.Select(e => Entry(results, e, decision, gaps, new Signals(canaryFound, completion, round.RunId, probes, copiesReference), guard, omitted))];
        return new RoundLeaderboard
        {
            Round = round,
            Run = results.Run,
            Criteria = decision?.Criteria ?? results.Plan.Criteria,
            Warnings = decision?.Warnings ?? (results.Run.Status == RunStatus.Scored ? [] : [UnfinishedRun]),
            CreatedAt = createdAt,
            Official = official,
            Practice = practice,
            Entries = entries,
            OmittedAnswers = omitted,
        };
    }

    /// <summary>
    /// Ranks on the first repeat (repeats of an item are not independent): a decided answer is an observation, a failed
    /// call an incorrect one (retries are the same for everyone, and failing an unsure call must not pay), a withheld
    /// call or an undecided answer none.
    /// </summary>
    private static LeaderboardRanking Rank(RunResults results, IReadOnlyList<RoundEntry> entries, ItemSplit split)
    {
        List<FirstAnswers> answers = [.. entries.Select(e => First(results, e.ProviderId, split))];
        LeaderboardRanking ranking = LeaderboardRanker.Rank([.. answers.Select(a => a.Calls)]);
        if (answers.Count == 0)
        {
            return ranking;
        }

        List<FirstAnswers> ranked = [.. answers.Where(a => a.Observed.Count > 0)];
        List<FirstAnswers> basis = ranked.Count > 0 ? ranked : answers;
        List<string> items = [.. results.Items.Where(i => i.Split == split).Select(i => i.Id)];
        List<string> leftOut = [.. items.Where(id => ranked.Count == 0 || !ranked.All(a => a.Observed.ContainsKey(id)))];
        int withheld = leftOut.Count(id => basis.Any(a => a.Withheld.Contains(id)));
        int undecided = leftOut.Count(id => !basis.Any(a => a.Withheld.Contains(id)) && basis.Any(a => a.Undecided.Contains(id)));
        return ranking with
        {
            Exclusions = new RankingExclusions(
                items.Count,
                withheld,
                undecided,
                leftOut.Count - withheld - undecided,
                [.. answers.Where(a => a.Undecided.Count > 0).Select(a => a.ProviderId)]),
        };
    }

    private static FirstAnswers First(RunResults results, string providerId, ItemSplit split)
    {
        List<ResponseSummary> calls = [.. results.Responses
            .Where(r => r.ProviderId == providerId && r.Repeat == 1 && results.ItemsById[r.ItemId].Split == split)
            .DistinctBy(r => r.ItemId, StringComparer.Ordinal)];
        Dictionary<string, bool> observed = new(StringComparer.Ordinal);
        HashSet<string> undecided = new(StringComparer.Ordinal);
        HashSet<string> withheld = new(StringComparer.Ordinal);
        foreach (ResponseSummary call in calls)
        {
            switch (call.Status)
            {
                case ResponseStatus.Error or ResponseStatus.Timeout:
                    observed[call.ItemId] = false;
                    break;
                case ResponseStatus.Withheld:
                    withheld.Add(call.ItemId);
                    break;
                default:
                    if (results.Correct(call.Key) is { } correct)
                    {
                        observed[call.ItemId] = correct;
                    }
                    else
                    {
                        undecided.Add(call.ItemId);
                    }

                    break;
            }
        }

        return new FirstAnswers(providerId, observed, undecided, withheld);
    }

    private static IEnumerable<ResponseSummary> Answered(RunResults results, string providerId) =>
        results.Responses.Where(r => r.ProviderId == providerId && r.Status == ResponseStatus.Ok);

    private static LeaderboardEntry Entry(
        RunResults results,
        RoundEntry entry,
        GateDecision? decision,
        IReadOnlyList<SplitGap> gaps,
        Signals signals,
        VendorLeakGuard guard,
        List<OmittedAnswer> omitted)
    {
        List<ResponseSummary> answered = [.. Answered(results, entry.ProviderId)];
        int Undecided(ItemSplit split) => answered.Count(r => results.ItemsById[r.ItemId].Split == split && results.Correct(r.Key) is null);
        ProviderVerdict? verdict = decision?.Providers.FirstOrDefault(p => p.Provider.Id == entry.ProviderId);
        List<PublicFailure> failures = Failures(results, entry.ProviderId);
        for (int i = 0; i < failures.Count; i++)
        {
            if (failures[i].Answer is { } answer && guard.Find(answer) is { } leak)
            {
                omitted.Add(new OmittedAnswer(entry.ProviderId, failures[i].ItemId, failures[i].Repeat, leak));
                failures[i] = failures[i] with { Answer = null, AnswerOmitted = true };
            }
        }

        return new LeaderboardEntry
        {
            Entry = entry,
            Verdict = entry.Kind == SubmissionKind.Answers && verdict is not null
                ? verdict with { Outcome = OverallOutcome.NeedsMoreEvidence, NotMeasured = AnswersFileNotJudged, Reason = AnswersFileNotJudged }
                : verdict,
            Signals = signals.Of(results, entry, gaps.FirstOrDefault(g => g.ProviderId == entry.ProviderId)),
            HiddenUndecided = Undecided(ItemSplit.Hidden),
            PublicUndecided = Undecided(ItemSplit.Public),
            Failed = results.Responses.Count(r => r.ProviderId == entry.ProviderId && r.Status is ResponseStatus.Error or ResponseStatus.Timeout),
            Categories = Categories(results, entry.ProviderId, ItemSplit.Public),
            HiddenCategories = Categories(results, entry.ProviderId, ItemSplit.Hidden),
            PublicFailures = failures,
        };
    }

    /// <summary>Per category, the ranking's sample: first repeat, a failed call incorrect, undecided and withheld left out.</summary>
    private static List<CategoryAccuracy> Categories(RunResults results, string providerId, ItemSplit split) =>
        [.. results.Responses
            .Where(r => r.ProviderId == providerId && r.Repeat == 1 && results.ItemsById[r.ItemId].Split == split)
            .Select(r => (results.ItemsById[r.ItemId].Category, Correct: r.Status switch
            {
                ResponseStatus.Ok => results.Correct(r.Key),
                ResponseStatus.Error or ResponseStatus.Timeout => false,
                _ => null,
            }))
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
                return new PublicFailure(item.Id, r.Repeat, item.Question, item.Reference, r.Status == ResponseStatus.Ok ? results.Answer(r) ?? string.Empty : null);
            })];
    }

    /// <summary>What the contamination signals are measured with.</summary>
    private sealed record Signals(
        Func<string, bool>? CanaryFound, IReadOnlyList<CompletionProbeResult>? Completion, string RunId, int Probes, Func<string, string, bool> CopiesReference)
    {
        public ContaminationSignals Of(RunResults results, RoundEntry entry, SplitGap? gap)
        {
            List<string> texts = [.. results.AllResponses
                .Where(r => r.ProviderId == entry.ProviderId && r.Status == ResponseStatus.Ok && r.HasText)
                .Select(r => results.Answer(r)!)];
            var canary = new CanarySignal(CanaryFound is not null, texts.Count, CanaryFound is null ? 0 : texts.Count(CanaryFound));
            return new ContaminationSignals(
                entry.Kind,
                entry.Kind == SubmissionKind.Endpoint ? gap : null,
                canary,
                CompletionSignal.For(entry, Completion, RunId, Probes),
                Copy(results, entry));
        }

        private ReferenceCopySignal Copy(RunResults results, RoundEntry entry)
        {
            if (entry.Kind != SubmissionKind.Answers)
            {
                return new ReferenceCopySignal(Applicable: false, 0, 0);
            }

            List<(string Answer, string Reference)> answers = [.. Answered(results, entry.ProviderId)
                .Where(r => r.Repeat == 1 && r.HasText)
                .Select(r => (Answer: results.Answer(r)!, results.ItemsById[r.ItemId]))
                .Where(a => a.Item2.Split == ItemSplit.Public && a.Item2.Reference?.Trim().Length >= CompletionProbeSet.MinimumReferenceLength)
                .DistinctBy(a => a.Item2.Id, StringComparer.Ordinal)
                .Select(a => (a.Answer, a.Item2.Reference!))];
            return new ReferenceCopySignal(Applicable: true, answers.Count, answers.Count(a => CopiesReference(a.Answer, a.Reference)));
        }
    }
}
