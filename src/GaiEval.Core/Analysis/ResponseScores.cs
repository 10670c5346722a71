namespace GaiEval.Core.Analysis;

using System.Collections;
using System.Diagnostics.CodeAnalysis;
using GaiEval.Core.Results;

/// <summary>
/// The scores of one response by metric name, in the order they were read, kept packed: each score's value and its
/// <see cref="ScoreDetails"/> (shared by every score that has the same), without the run, item, provider and repeat each
/// stored score repeats. A <see cref="ScoreRecord"/> is made when one is asked for, so a loaded run costs two fields per
/// score (the details tell whether the value is there, so it is a plain number) and no dictionary per response. The
/// automatic verdict is worked out once, when first asked for, and kept here.
/// </summary>
internal sealed class ResponseScores(string runId, ResponseKey key) : IReadOnlyDictionary<string, ScoreRecord>
{
    private static readonly ResponseVerdict Undecided = new(false, VerdictSource.Human);

    private Packed[] metrics = [];

    // The verdict once worked out (Undecided when neither decided); several threads may work it out at once, to equal values.
    private ResponseVerdict? verdict;

    /// <summary>The response these scores are of.</summary>
    public ResponseKey Response => key;

    public int Count => metrics.Length;

    public IEnumerable<string> Keys => metrics.Select(m => m.Details.Metric);

    public IEnumerable<ScoreRecord> Values => metrics.Select(Record);

    public ScoreRecord this[string key] => TryGetValue(key, out ScoreRecord? score) ? score : throw new KeyNotFoundException(key);

    /// <summary>The verdict of the rules, else of the judge, from these scores (<see cref="ResponseVerdict.Automated"/>); null when neither decided.</summary>
    public ResponseVerdict? Verdict
    {
        get
        {
            ResponseVerdict decided = verdict ??= ResponseVerdict.Automated(this) ?? Undecided;
            return ReferenceEquals(decided, Undecided) ? null : decided;
        }
    }

    /// <summary>Adds a score of this response; a second score of the same metric replaces the first in its place.</summary>
    public void Add(ScoreDetails details, double? value)
    {
        var packed = new Packed(details, value ?? 0);
        verdict = null;
        int index = IndexOf(details.Metric);
        if (index >= 0)
        {
            metrics[index] = packed;
            return;
        }

        Array.Resize(ref metrics, metrics.Length + 1);
        metrics[^1] = packed;
    }

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out ScoreRecord value)
    {
        int index = IndexOf(key);
        value = index >= 0 ? Record(metrics[index]) : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, ScoreRecord>> GetEnumerator() =>
        metrics.Select(m => KeyValuePair.Create(m.Details.Metric, Record(m))).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string metric)
    {
        for (int i = 0; i < metrics.Length; i++)
        {
            if (string.Equals(metrics[i].Details.Metric, metric, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private ScoreRecord Record(Packed m) => new()
    {
        RunId = runId,
        ItemId = key.ItemId,
        ProviderId = key.ProviderId,
        Repeat = key.Repeat,
        Evaluator = m.Details.Evaluator,
        Metric = m.Details.Metric,
        Value = m.Details.HasValue ? m.Value : null,
        Label = m.Details.Label,
        Reason = m.Details.Reason,
        Metadata = m.Details.Metadata,
        Interpretation = m.Details.Interpretation,
        Diagnostics = m.Details.Diagnostics,
    };

    private readonly record struct Packed(ScoreDetails Details, double Value);
}
