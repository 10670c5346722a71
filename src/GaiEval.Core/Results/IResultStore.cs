namespace GaiEval.Core.Results;

using GaiEval.Core.Model;

/// <summary>Where runs, their items, responses and scores are kept. Every write is durable when the task completes.</summary>
public interface IResultStore : IAsyncDisposable
{
    /// <summary>Stores a new run and a snapshot of its items.</summary>
    Task CreateRunAsync(RunInfo run, IReadOnlyList<GoldItem> items, CancellationToken cancellationToken = default);

    Task<RunInfo?> FindRunAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>All runs, newest first.</summary>
    Task<IReadOnlyList<RunInfo>> ListRunsAsync(CancellationToken cancellationToken = default);

    /// <summary>Sets the run's state (and clears the message of an earlier failure).</summary>
    Task SetRunStatusAsync(string runId, RunStatus status, DateTimeOffset? finishedAt, CancellationToken cancellationToken = default);

    /// <summary>Marks the run <see cref="RunStatus.Failed"/> with the message of what stopped it.</summary>
    Task MarkRunFailedAsync(string runId, string failure, CancellationToken cancellationToken = default);

    /// <summary>The run's items in their test-set order.</summary>
    Task<IReadOnlyList<GoldItem>> ReadItemsAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>Keys of every stored response of the run (whatever its status).</summary>
    Task<IReadOnlySet<ResponseKey>> ReadResponseKeysAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>Commits one response. Storing a key twice throws: a call is never counted twice.</summary>
    Task AddResponseAsync(ResponseRecord response, CancellationToken cancellationToken = default);

    /// <summary>Commits responses all together in one transaction: when one cannot be stored, none is.</summary>
    Task AddResponsesAsync(IReadOnlyList<ResponseRecord> responses, CancellationToken cancellationToken = default);

    IAsyncEnumerable<ResponseRecord> ReadResponsesAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>How many of the run's stored responses have this status.</summary>
    Task<int> CountResponsesAsync(string runId, ResponseStatus status, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces, in one transaction, the run's scores of the given evaluators with <paramref name="scores"/>; scores of other
    /// evaluators stay. Every score must belong to the run and to one of the evaluators.
    /// </summary>
    Task ReplaceScoresAsync(
        string runId, IReadOnlyCollection<string> evaluators, IReadOnlyList<ScoreRecord> scores, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds scores of the given evaluators in one transaction, after a <see cref="ReplaceScoresAsync"/> that cleared them: a
    /// run is scored in batches, so memory does not grow with its size. Every score must belong to the run and to one of the
    /// evaluators.
    /// </summary>
    Task AddScoresAsync(
        string runId, IReadOnlyCollection<string> evaluators, IReadOnlyList<ScoreRecord> scores, CancellationToken cancellationToken = default);

    IAsyncEnumerable<ScoreRecord> ReadScoresAsync(string runId, CancellationToken cancellationToken = default);

    /// <summary>Stores reviewers' grades in one transaction; a grade of an answer already graded replaces the earlier one.</summary>
    Task SaveHumanGradesAsync(IReadOnlyList<HumanGradeRecord> grades, CancellationToken cancellationToken = default);

    /// <summary>The run's human grades by item order, then provider id, then repeat.</summary>
    IAsyncEnumerable<HumanGradeRecord> ReadHumanGradesAsync(string runId, CancellationToken cancellationToken = default);
}
