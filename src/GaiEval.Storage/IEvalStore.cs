using GaiEval.Core.Kpi;
using GaiEval.Core.Results;

namespace GaiEval.Storage;

/// <summary>What the commands use of a result store, whichever engine keeps it.</summary>
public interface IEvalStore : IResultStore, IResponseCache, IKpiStore, Copy.IRunRowStore
{
    /// <summary>Where the store is, for messages: the SQLite file, or host, port and database (never a password).</summary>
    string Location { get; }

    /// <summary>
    /// Takes the run's lease: while it is held, no other process (or store) gets it, so two processes never make the calls
    /// of one run at once. It is released on dispose, and by the operating system or the server when the process dies.
    /// </summary>
    /// <returns>The lease, or null when another holder has it.</returns>
    Task<IAsyncDisposable?> TryLeaseRunAsync(string runId, CancellationToken cancellationToken = default);
}
