using GaiEval.Core.Kpi;
using GaiEval.Core.Results;

namespace GaiEval.Storage;

/// <summary>What the commands use of a result store, whichever engine keeps it.</summary>
public interface IEvalStore : IResultStore, IResponseCache, IKpiStore
{
    /// <summary>Where the store is, for messages: the SQLite file, or host, port and database (never a password).</summary>
    string Location { get; }
}
