namespace GaiEval.Core.Kpi.Import;

using System.Collections;
using GaiEval.Core.Inputs;

/// <summary>
/// The records of one KPI file, read row by row as they are enumerated (once), and the errors found so far. Only rows
/// without errors are yielded; the caller stores nothing when <see cref="Errors"/> is not empty after the last record.
/// </summary>
public sealed class KpiReading<T> : IEnumerable<T>
{
    /// <summary>Errors kept in full; beyond this many only their number is told, so a broken million-row log stays small.</summary>
    public const int MaxErrors = 1000;

    private readonly List<InputError> errors = [];
    private readonly Func<KpiReading<T>, IEnumerable<T>> read;
    private int omitted;
    private bool started;

    internal KpiReading(string path, Func<KpiReading<T>, IEnumerable<T>> read)
    {
        Path = path;
        this.read = read;
    }

    public string Path { get; }

    /// <summary>Every error found so far, in the order found; complete once the records have been enumerated.</summary>
    public IReadOnlyList<InputError> Errors =>
        omitted == 0 ? errors : [.. errors, new InputError(Path, 0, "csv", $"ほかに {omitted} 件の誤りがあります（最初の {MaxErrors} 件だけを示しました）")];

    public bool HasErrors => errors.Count > 0;

    /// <summary>Reads every record; throws with every error when there is any.</summary>
    /// <exception cref="InputException">Any row, column or mapping entry had a fault.</exception>
    public IReadOnlyList<T> ToListOrThrow()
    {
        List<T> records = [.. this];
        return HasErrors ? throw new InputException(Errors) : records;
    }

    public IEnumerator<T> GetEnumerator()
    {
        if (started)
        {
            throw new InvalidOperationException("A KPI file is read once; open a new reading to read it again.");
        }

        started = true;
        return read(this).GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal void Add(InputError error)
    {
        if (errors.Count < MaxErrors)
        {
            errors.Add(error);
        }
        else
        {
            omitted++;
        }
    }
}
