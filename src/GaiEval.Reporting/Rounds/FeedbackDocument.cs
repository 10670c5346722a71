namespace GaiEval.Reporting.Rounds;

using GaiEval.Core.Decision;
using GaiEval.Core.Rounds;
using GaiEval.Core.Rounds.Leaderboard;

/// <summary>
/// One submission's own feedback: its place on the leaderboard (other submissions only as the leaderboard shows them),
/// its verdict, its accuracy per category on public items (hidden accuracy only as the official table's overall figure),
/// its contamination signals and its failures on public items with its own answers (one that holds hidden or private
/// text is omitted). Nothing of another submission's answers, and no text of a hidden or private item.
/// </summary>
public static class FeedbackDocument
{
    public const string FailuresTitle = "公開項目での誤り（あなたの回答）";

    public static RoundDocument Build(RoundLeaderboard board, LeaderboardEntry entry)
    {
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(entry);
        RoundEntry submission = entry.Entry;
        List<IRoundBlock> blocks =
        [
            new RoundList(
            [
                $"回: {board.Round.Round}",
                $"実行ID: {board.Run.RunId}",
                $"設定ハッシュ（全応募に共通の設定の SHA-256）: {board.Round.SettingsHash}",
                $"応募: {RoundTexts.Name(submission)}　モデル: {RoundTexts.Model(submission)}　導入方式: {RoundTexts.Method(submission)}　この前に試した版: {submission.VariantsTried}",
                $"作成: {RoundTexts.Time(board.CreatedAt)}",
            ]),
            new RoundHeading(2, "リーダーボードでの位置"),
            new RoundParagraph(Place(board, entry)),
            new RoundHeading(3, "本番順位（非公開項目）"),
            .. LeaderboardDocument.Official(board),
            new RoundHeading(3, LeaderboardDocument.PracticeTitle),
            .. LeaderboardDocument.Ranking(board, board.Practice, "参考順位", "公開項目"),
            new RoundHeading(2, "判定基準による判定"),
            new RoundParagraph(LeaderboardDocument.CriteriaScope),
            new RoundParagraph(RoundTexts.Verdict(entry.Verdict) + (entry.Verdict is null ? string.Empty : $" — {entry.Verdict.Reason}")),
        ];
        if (entry.Verdict is { NotMeasured: null } verdict)
        {
            blocks.Add(new RoundList([.. verdict.Criteria.Select(c => $"{RoundTexts.Criterion(c.Criterion)}: {VerdictNames.Of(c.Outcome)}（{c.Reason}）")]));
        }

        blocks.Add(new RoundHeading(2, "分野別の正答率（公開項目）"));
        blocks.Add(new RoundParagraph("非公開項目の正答率は、上の本番順位の表の全体の値だけを示します（分野別には示しません）。"));
        blocks.Add(entry.Categories.Count == 0
            ? new RoundParagraph($"公開項目に採点済みの回答がありません（{RoundTexts.NotMeasured}）。")
            : new RoundTable(
                ["分野", "正答率 [95%区間]", "正答/n"],
                [.. entry.Categories.Select(c => (IReadOnlyList<string>)[c.Name, RoundTexts.Share(c.Accuracy), $"{c.Accuracy.Successes}/{c.Accuracy.N}"])]));
        blocks.Add(new RoundParagraph(
            $"判定保留（規則で決められず採点待ち。正答に数えていません）: 非公開項目 {entry.HiddenUndecided} 件、公開項目 {entry.PublicUndecided} 件。呼び出しの失敗: {entry.Failed} 件。"));
        blocks.Add(new RoundHeading(2, "汚染シグナル"));
        blocks.Add(new RoundList(
        [
            $"総合: {RoundTexts.Suspicion(entry.Signals)}",
            $"公開と非公開の差: {RoundTexts.Gap(entry.Signals)}",
            $"カナリア: {RoundTexts.Canary(entry.Signals.Canary)}",
            submission.Kind == SubmissionKind.Answers
                ? RoundTexts.Copy(entry.Signals.Copy)
                : $"補完プローブ: {RoundTexts.Completion(entry.Signals.Completion)}",
        ]));
        blocks.Add(new RoundList(LeaderboardDocument.SignalNotes));
        blocks.Add(new RoundHeading(2, FailuresTitle));
        blocks.Add(new RoundParagraph("非公開項目の内容は示しません。公開項目で誤り、または回答が得られなかったものだけを示します。"));
        blocks.Add(entry.PublicFailures.Count == 0
            ? new RoundParagraph("公開項目での誤りはありません。")
            : new RoundTable(
                ["項目ID", "繰り返し", "質問", "模範解答", "あなたの回答"],
                [.. entry.PublicFailures.Select(f => (IReadOnlyList<string>)
                    [f.ItemId, RoundTexts.Count(f.Repeat), f.Question, f.Reference ?? "－", f.AnswerOmitted ? LeaderboardDocument.OmittedAnswer : f.Answer ?? "（回答なし: 呼び出しの失敗）"])]));
        return new RoundDocument($"ベンダー評価 フィードバック: {board.Round.Round} / {submission.Folder}", blocks);
    }

    private static string Place(RoundLeaderboard board, LeaderboardEntry entry)
    {
        string id = entry.Entry.ProviderId;
        if (entry.Entry.Kind == SubmissionKind.Answers)
        {
            string practice = board.Practice.Of(id) is { } p ? $"公開項目での参考順位は {p.Rank} 位です（{board.Practice.Standings.Count} 応募中）。" : "公開項目でも採点済みの回答がなく、参考順位はありません。";
            return $"{LeaderboardDocument.AnswersFilesExcluded}。{practice}";
        }

        if (board.Official.Of(id) is not { } standing)
        {
            return $"本番順位: {RoundTexts.NotMeasured}（非公開項目で比べられる採点済みの回答がない）。";
        }

        string ties = standing.TiedWith.Count == 0 ? "差を示せない相手はいません。" : $"差を示せない相手: {standing.TiedWith.Count} 応募（下の表のとおり）。";
        return $"本番順位: {standing.Rank} 位（{board.Official.Standings.Count} 応募中）、正答率 {RoundTexts.Share(standing.Accuracy)}（{standing.Accuracy.Successes}/{standing.Accuracy.N}）。{ties}";
    }
}
