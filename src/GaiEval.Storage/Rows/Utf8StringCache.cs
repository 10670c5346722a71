using System.Text;

namespace GaiEval.Storage.Rows;

/// <summary>
/// The strings of one column of a query, found by the UTF-8 bytes the database holds: a text read again (a run id on every
/// row, a metric name, a reason rules give again and again) is the string made the first time, not a new one, and is
/// neither decoded nor hashed as characters again.
/// </summary>
internal sealed class Utf8StringCache
{
    // By a hash of the bytes; each entry keeps its bytes, which tell apart the texts whose hashes are the same.
    private readonly Dictionary<int, Known> known = [];
    private Known? last;

    /// <summary>The text of <paramref name="utf8"/> (invalid bytes read as U+FFFD, as <see cref="Encoding.UTF8"/> reads them).</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        // Most columns hold the previous row's value again (the same response's run, item and provider).
        if (last is not null && utf8.SequenceEqual(last.Utf8))
        {
            return last.Text;
        }

        var hash = new HashCode();
        hash.AddBytes(utf8);
        int key = hash.ToHashCode();
        Known? first = known.GetValueOrDefault(key);
        for (Known? candidate = first; candidate is not null; candidate = candidate.Next)
        {
            if (utf8.SequenceEqual(candidate.Utf8))
            {
                return (last = candidate).Text;
            }
        }

        last = known[key] = new Known(utf8.ToArray(), Encoding.UTF8.GetString(utf8), first);
        return last.Text;
    }

    private sealed record Known(byte[] Utf8, string Text, Known? Next);
}
