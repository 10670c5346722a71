namespace GaiEval.Core.Rounds.Submissions;

using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Replay;

/// <summary>
/// A submission's <c>answers.jsonl</c>: the format the <c>answers</c> adapter replays (<see cref="AnswerFileReader"/>), and,
/// given the round's items, that every answer is to a public item: a hidden or private item may not be answered from a file.
/// Every fault is reported at once with its line.
/// </summary>
public static class SubmissionAnswersReader
{
    /// <summary>Reads the file and checks its format only.</summary>
    public static IReadOnlyList<ReplayedAnswer> Read(string path) => Read(path, items: null);

    /// <summary>Reads the file and checks that every id is a public item of <paramref name="items"/> (an unknown id is unknown).</summary>
    public static IReadOnlyList<ReplayedAnswer> Read(string path, IReadOnlyList<GoldItem>? items)
    {
        Dictionary<string, GoldItem>? byId = items?.ToDictionary(item => item.Id, StringComparer.Ordinal);
        AnswerFile file = AnswerFileReader.Load(path, byId is null ? null : answer => Problem(answer, byId));
        return [.. file.Answers.Values.OrderBy(answer => answer.Line)];
    }

    private static string? Problem(ReplayedAnswer answer, Dictionary<string, GoldItem> byId)
    {
        if (!byId.TryGetValue(answer.Id, out GoldItem? item))
        {
            string hint = ClosestName.Find(answer.Id, byId.Keys) is { } closest ? $"「{closest}」のことですか？" : "テストセットの公開項目の id を書いてください";
            return $"id「{answer.Id}」はテストセットにありません。{hint}";
        }

        if (item.Split == ItemSplit.Public)
        {
            return null;
        }

        string why = item.Split == ItemSplit.Hidden
            ? "hidden の項目です。hidden の項目は区の公式実行でだけ送られ、事業者には示されません"
            : "private の項目です。private の項目は区の中だけで使います";
        return $"id「{answer.Id}」は {why}。回答ファイルで答えられるのは public の項目だけです";
    }
}
