namespace GaiEval.Core.Analysis;

using GaiEval.Core.Results;

/// <summary>
/// One instance of each repeated string of a loaded run (ids, metric and evaluator names, the reasons and diagnostics rules
/// give again and again), so that holding a run's scores costs their number, not their number times their text.
/// </summary>
internal sealed class SharedStrings
{
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    public string Share(string text) => seen.TryGetValue(text, out string? shared) ? shared : Add(text);

    public string? ShareOrNull(string? text) => text is null ? null : Share(text);

    public ResponseRecord Response(ResponseRecord response) => response with
    {
        RunId = Share(response.RunId),
        ItemId = Share(response.ItemId),
        ProviderId = Share(response.ProviderId),
        Tokenizer = ShareOrNull(response.Tokenizer),
        Model = ShareOrNull(response.Model),
        Error = ShareOrNull(response.Error),
        RetrievedIds = [.. response.RetrievedIds.Select(Share)],

        // The passages' texts serve scoring only, which reads them from the store itself.
        RetrievedTexts = null,
    };

    public ScoreRecord Score(ScoreRecord score) => score with
    {
        RunId = Share(score.RunId),
        ItemId = Share(score.ItemId),
        ProviderId = Share(score.ProviderId),
        Evaluator = Share(score.Evaluator),
        Metric = Share(score.Metric),
        Label = ShareOrNull(score.Label),
        Reason = ShareOrNull(score.Reason),
        Interpretation = score.Interpretation is { } i ? i with { Reason = ShareOrNull(i.Reason) } : null,
        Diagnostics = score.Diagnostics is { } d ? [.. d.Select(x => x with { Message = Share(x.Message) })] : null,
    };

    private string Add(string text)
    {
        seen.Add(text);
        return text;
    }
}
