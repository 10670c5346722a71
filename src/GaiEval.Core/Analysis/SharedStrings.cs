namespace GaiEval.Core.Analysis;

using GaiEval.Core.Results;

/// <summary>
/// One instance of each repeated string of a loaded run (ids, metric and evaluator names, the reasons and diagnostics rules
/// give again and again), and of each repeated interpretation, diagnostic list and metadata of its scores, so that holding a
/// run's scores costs their number, not their number times their text.
/// </summary>
internal sealed class SharedStrings
{
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly HashSet<ScoreInterpretation> interpretations = [];
    private readonly HashSet<ScoreDetails> details = [];
    private readonly Dictionary<string, IReadOnlyList<ScoreDiagnostic>> diagnostics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> metadata = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> retrieved = new(StringComparer.Ordinal);

    public string Share(string text) => seen.TryGetValue(text, out string? shared) ? shared : Add(text);

    public string? ShareOrNull(string? text) => text is null ? null : Share(text);

    /// <summary>The response's figures, its strings shared, and its text put in <paramref name="texts"/> (the passages' texts serve scoring only, which reads them from the store itself).</summary>
    public ResponseSummary Summary(ResponseRecord response, AnswerTexts texts) => new()
    {
        RunId = Share(response.RunId),
        ItemId = Share(response.ItemId),
        ProviderId = Share(response.ProviderId),
        Repeat = response.Repeat,
        Status = response.Status,
        HasText = response.Text is not null,
        TextPlace = response.Text is { Length: > 0 } text ? texts.Append(text) : default,
        Error = ShareOrNull(response.Error),
        Attempts = response.Attempts,
        LatencyMs = response.LatencyMs,
        TtftMs = response.TtftMs,
        TotalMs = response.TotalMs,
        InputTokens = response.InputTokens,
        OutputTokens = response.OutputTokens,
        TokenSource = response.TokenSource,
        Tokenizer = ShareOrNull(response.Tokenizer),
        Model = ShareOrNull(response.Model),
        RetrievedIds = RetrievedIds(response.RetrievedIds),
        Cached = response.Cached,
        StartedAt = response.StartedAt,
        FinishedAt = response.FinishedAt,
    };

    /// <summary>
    /// The details of <paramref name="score"/>, one instance for all the scores that have the same; its strings are shared when
    /// it is the first (the scores that find it cost a lookup, not one per string).
    /// </summary>
    public ScoreDetails Details(ScoreRecord score)
    {
        var these = new ScoreDetails(
            score.Evaluator,
            score.Metric,
            score.Label,
            score.Reason,
            score.Metadata is { } m ? Metadata(m) : null,
            score.Interpretation,
            score.Diagnostics is { } d ? Diagnostics(d) : null,
            score.Value is not null);
        return details.TryGetValue(these, out ScoreDetails? shared)
            ? shared
            : Add(details, these with
            {
                Evaluator = Share(these.Evaluator),
                Metric = Share(these.Metric),
                Label = ShareOrNull(these.Label),
                Reason = ShareOrNull(these.Reason),
                Interpretation = these.Interpretation is { } i ? Interpretation(i) : null,
            });
    }

    private ScoreInterpretation Interpretation(ScoreInterpretation interpretation) =>
        interpretations.TryGetValue(interpretation, out ScoreInterpretation? shared)
            ? shared
            : Add(interpretations, interpretation with { Reason = ShareOrNull(interpretation.Reason) });

    private IReadOnlyList<ScoreDiagnostic> Diagnostics(IReadOnlyList<ScoreDiagnostic> list)
    {
        string key = string.Concat(list.Select(d => $"{(int)d.Severity}:{d.Message.Length}:{d.Message}"));
        if (!diagnostics.TryGetValue(key, out IReadOnlyList<ScoreDiagnostic>? shared))
        {
            diagnostics[key] = shared = [.. list.Select(d => d with { Message = Share(d.Message) })];
        }

        return shared;
    }

    /// <summary>One list for all the answers that retrieved the same chunks in the same order.</summary>
    private IReadOnlyList<string> RetrievedIds(IReadOnlyList<string> ids)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        string key = string.Concat(ids.Select(id => $"{id.Length}:{id}"));
        if (!retrieved.TryGetValue(key, out IReadOnlyList<string>? shared))
        {
            retrieved[key] = shared = [.. ids.Select(Share)];
        }

        return shared;
    }

    private IReadOnlyDictionary<string, string> Metadata(IReadOnlyDictionary<string, string> values)
    {
        string key = string.Concat(values.Select(p => $"{p.Key.Length}:{p.Key}{p.Value.Length}:{p.Value}"));
        if (!metadata.TryGetValue(key, out IReadOnlyDictionary<string, string>? shared))
        {
            metadata[key] = shared = values;
        }

        return shared;
    }

    private static T Add<T>(HashSet<T> set, T value)
    {
        set.Add(value);
        return value;
    }

    private string Add(string text)
    {
        seen.Add(text);
        return text;
    }
}
