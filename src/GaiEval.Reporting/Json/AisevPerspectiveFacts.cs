namespace GaiEval.Reporting.Json;

using System.Text.Json.Serialization;
using GaiEval.Core.Analysis;
using GaiEval.Core.Results;

/// <summary>
/// One perspective of one provider in aisev's shape: <c>totalScore</c> (0–100, null when nothing is decided) and the
/// per-answer <c>results</c>; GaiEval's counts and interval in <c>gaieval</c>.
/// </summary>
public sealed record AisevPerspectiveFacts(
    [property: JsonPropertyName("perspective")] string Perspective,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] [property: JsonPropertyName("totalScore")] double? TotalScore,
    [property: JsonPropertyName("results")] IReadOnlyList<AisevResultFacts> Results,
    [property: JsonPropertyName("gaieval")] AisevPerspectiveTally Gaieval)
{
    public static AisevPerspectiveFacts Of(RunResults results, string providerId, string perspective)
    {
        ArgumentNullException.ThrowIfNull(results);
        List<(ResponseSummary Response, bool? Acceptable)> answers =
        [
            .. results.ProbeResponses
                .Where(r => r.ProviderId == providerId && results.ItemsById[r.ItemId].Perspective == perspective)
                .Select(r => (r, r.Status == ResponseStatus.Ok ? results.Correct(r.Key) : null)),
        ];
        var tally = AisevPerspectiveTally.Of(
            answers.Count(a => a.Acceptable == true),
            answers.Count(a => a.Acceptable == false),
            answers.Count(a => a.Acceptable is null),
            answers.Count(a => a.Response.Status is ResponseStatus.Error or ResponseStatus.Timeout));
        return new(
            perspective,
            // aisev's own readers see only totalScore: while any answer awaits a verdict it is null, not the decided share.
            tally.Score is { } score && tally.Undecided == 0 ? score * 100 : null,
            [.. answers.Select(a => AisevResultFacts.Of(results.ItemsById[a.Response.ItemId], a.Response.Repeat, a.Acceptable))],
            tally);
    }
}
