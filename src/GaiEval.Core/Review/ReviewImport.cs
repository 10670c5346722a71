namespace GaiEval.Core.Review;

using GaiEval.Core.Analysis;
using GaiEval.Core.Inputs;
using GaiEval.Core.Results;

/// <summary>
/// Checks a read review sheet against a stored run and turns its graded rows into human grades: every row must name an
/// answered response of this run and carry a reviewer (its own, or the one given for the whole sheet).
/// </summary>
public sealed class ReviewImport(RunResults results)
{
    private readonly Dictionary<ResponseKey, ResponseSummary> responses = results.AllResponses.ToDictionary(response => response.Key);
    private readonly HashSet<string> providers = [.. results.Plan.Providers.Select(provider => provider.Id)];

    /// <param name="sheet">The sheet as read.</param>
    /// <param name="reviewer">The reviewer of rows whose 採点者 is empty (--reviewer), or null.</param>
    /// <param name="now">When the grades are stored.</param>
    /// <exception cref="InputException">Every problem of the sheet and of its rows against the run; nothing is to be stored.</exception>
    public ReviewImportBatch Prepare(ReviewedSheet sheet, string? reviewer, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        string? defaultReviewer = string.IsNullOrWhiteSpace(reviewer) ? null : reviewer.Trim();
        var errors = new List<InputError>(sheet.Errors);
        bool reviewerMissingEverywhere = !sheet.HasReviewerColumn && defaultReviewer is null && sheet.Rows.Count > 0;
        if (reviewerMissingEverywhere)
        {
            errors.Add(new InputError(sheet.File, 1, ReviewSheet.Reviewer, $"列「{ReviewSheet.Reviewer}」がありません。列を足して記入するか、--reviewer で採点者を指定してください"));
        }

        foreach (ReviewedRow row in sheet.Rows)
        {
            foreach ((string field, string message) in Problems(row, defaultReviewer, reviewerMissingEverywhere))
            {
                errors.Add(new InputError(sheet.File, row.Line, field, message + row.Where));
            }
        }

        if (errors.Count > 0)
        {
            throw new InputException([.. errors.OrderBy(error => error.Line)]);
        }

        HumanGradeRecord[] grades = [.. sheet.Rows.Select(row => Grade(row, defaultReviewer, now))];
        ResponseVerdict?[] automatic = [.. grades.Select(grade => ResponseVerdict.Automated(results.Scores(grade.Key)))];
        return new ReviewImportBatch(
            grades,
            sheet.UngradedRows,
            grades.Where((grade, i) => ResponseVerdict.Of(grade, automatic[i]).OverridesAutomatic).Count(),
            automatic.Count(verdict => verdict is null),
            grades.Count(grade => results.HumanGrade(grade.Key) is not null));
    }

    private IEnumerable<(string Field, string Message)> Problems(ReviewedRow row, string? defaultReviewer, bool reviewerReported)
    {
        if (row.RunId.Length > 0 && row.RunId != results.Run.RunId)
        {
            yield return (ReviewSheet.RunId, $"実行 {row.RunId} の行です。取り込み先の実行 {results.Run.RunId} のシートか確かめてください");
        }

        if (row.ItemId.Length > 0 && !results.ItemsById.ContainsKey(row.ItemId))
        {
            yield return (ReviewSheet.ItemId, $"実行 {results.Run.RunId} にない項目です");
        }

        if (row.ProviderId.Length > 0 && !providers.Contains(row.ProviderId))
        {
            yield return (ReviewSheet.Provider, $"実行 {results.Run.RunId} にない提供先です（この実行の提供先: {string.Join(", ", providers.Order(StringComparer.Ordinal))}）");
        }

        if (row.Repeat is { } repeat && repeat > results.Run.Repeats)
        {
            yield return (ReviewSheet.Repeat, $"実行 {results.Run.RunId} の反復は {results.Run.Repeats} 回までです（指定値: {repeat}）");
        }
        else if (row is { Repeat: { } r } && results.ItemsById.ContainsKey(row.ItemId) && providers.Contains(row.ProviderId)
            && AnswerProblem(new ResponseKey(row.ItemId, row.ProviderId, r)) is { } problem)
        {
            yield return (ReviewSheet.Answer, problem);
        }

        if (row.Reviewer is null && defaultReviewer is null && !reviewerReported)
        {
            yield return (ReviewSheet.Reviewer, "採点者が空です。記入するか、--reviewer で採点者を指定してください");
        }
    }

    private string? AnswerProblem(ResponseKey key) =>
        !responses.TryGetValue(key, out ResponseSummary? response) ? "この回答は保存されていません。採点できるのは回答が得られた応答だけです"
        : response.Status != ResponseStatus.Ok ? $"この応答には回答がありません（状態: {response.Status.ToString().ToLowerInvariant()}）。採点できるのは回答が得られた応答だけです"
        : null;

    /// <summary>A checked row: every row missing a value was reported, so none is left here.</summary>
    private HumanGradeRecord Grade(ReviewedRow row, string? defaultReviewer, DateTimeOffset now) =>
        row is { Repeat: { } repeat, Grade: { } grade } && (row.Reviewer ?? defaultReviewer) is { } reviewer
            ? new HumanGradeRecord
            {
                RunId = results.Run.RunId,
                ItemId = row.ItemId,
                ProviderId = row.ProviderId,
                Repeat = repeat,
                Grade = grade,
                Comment = row.Comment,
                Reviewer = reviewer,
                GradedAt = now,
            }
            : throw new InvalidOperationException($"Row {row.Line} of the review sheet is incomplete but was not reported.");
}
