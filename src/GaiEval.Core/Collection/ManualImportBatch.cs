namespace GaiEval.Core.Collection;

using GaiEval.Core.Results;

/// <summary>
/// What an import stores: the collected answers, a withheld record for each item the provider may not receive, and the
/// number of sheet rows left for a later batch.
/// </summary>
public sealed record ManualImportBatch(IReadOnlyList<ResponseRecord> Answers, IReadOnlyList<ResponseRecord> Withheld, int UncollectedRows)
{
    public IEnumerable<ResponseRecord> All => Answers.Concat(Withheld);
}
