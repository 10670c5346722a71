namespace GaiEval.Core.Replay;

using GaiEval.Core.Inputs;

/// <summary>
/// The answers file of an <c>answers</c> provider (JSON Lines: <c>{"id", "answer", "input_tokens"?, "output_tokens"?,
/// "latency_ms"?}</c>), read and checked by <see cref="AnswerFileReader"/>.
/// </summary>
/// <param name="Path">The file's full path.</param>
/// <param name="Answers">The answers by item id.</param>
public sealed record AnswerFile(string Path, IReadOnlyDictionary<string, ReplayedAnswer> Answers)
{
    /// <summary>SHA-256 (hex) of the file's bytes, pinned in the run's plan so that a resumed run replays the same file.</summary>
    public string ContentHash { get; init; } = string.Empty;

    /// <summary>Every answer whose id is not an item of the run, one error per line.</summary>
    public IReadOnlyList<InputError> UnknownIds(IEnumerable<string> itemIds)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        HashSet<string> known = [.. itemIds];
        return
        [
            .. Answers.Values
                .Where(answer => !known.Contains(answer.Id))
                .OrderBy(answer => answer.Line)
                .Select(answer => new InputError(Path, answer.Line, AnswerFileFields.Id, $"id「{answer.Id}」はテストセットにもプローブにもありません。項目の id を確認してください")),
        ];
    }
}
