namespace GaiEval.Reporting.Rounds;

using GaiEval.Core.Rounds;
using GaiEval.Core.Rounds.Leaderboard;

/// <summary>
/// The leaderboard of a round: the header (run, settings hash, criteria, how ties are decided), the official ranking on
/// hidden items, the reference table on public items and every submission's verdict and signals. The ward's copy adds
/// the hidden accuracy per category and the submissions' answers left out of their feedback; neither holds any item text.
/// </summary>
public static class LeaderboardDocument
{
    public const string PracticeTitle = "公開項目での成績（参考：公開項目は練習できたため順位の根拠にしません）";

    public const string AnswersFilesExcluded = "非公開項目の回答なし（回答ファイルの応募）: 本番順位の対象外";

    public static RoundDocument Build(RoundLeaderboard board, bool forWard)
    {
        ArgumentNullException.ThrowIfNull(board);
        List<IRoundBlock> blocks = [.. Header(board)];
        blocks.Add(new RoundHeading(2, "本番順位（非公開項目）"));
        blocks.AddRange(Official(board));
        blocks.Add(new RoundHeading(2, PracticeTitle));
        blocks.AddRange(Ranking(board, board.Practice, "参考順位", "公開項目"));
        blocks.Add(new RoundHeading(2, "応募ごとの情報"));
        blocks.Add(Submissions(board));
        blocks.Add(new RoundHeading(2, "判定基準による判定"));
        blocks.Add(new RoundParagraph(CriteriaScope));
        blocks.Add(new RoundList([.. board.Entries.Select(e => $"{RoundTexts.Name(e.Entry)}: {RoundTexts.Verdict(e.Verdict)}" +
            (e.Verdict is null ? string.Empty : $" — {e.Verdict.Reason}"))]));
        blocks.Add(new RoundHeading(2, "汚染シグナルの見方"));
        blocks.Add(new RoundList(SignalNotes));
        if (forWard)
        {
            blocks.Add(new RoundHeading(2, "非公開項目の分野別正答率（区用。ベンダーには公開しません）"));
            blocks.Add(new RoundTable(
                ["応募", "分野", "正答率 [95%区間]", "正答/n"],
                [.. board.Entries.SelectMany(e => e.HiddenCategories.Select(c => (IReadOnlyList<string>)
                    [RoundTexts.Name(e.Entry), c.Name, RoundTexts.Share(c.Accuracy), $"{c.Accuracy.Successes}/{c.Accuracy.N}"]))]));
            blocks.Add(new RoundHeading(2, "フィードバックで省略した回答（区用）"));
            blocks.Add(board.OmittedAnswers.Count == 0
                ? new RoundParagraph("ありません。")
                : new RoundList([.. board.OmittedAnswers.Select(o =>
                    $"{RoundTexts.Name(board.EntryOf(o.ProviderId).Entry)} の公開項目 {o.ItemId}（繰り返し {RoundTexts.Count(o.Repeat)}）の回答: 非公開の項目 {o.Leak.ItemId} の {o.Leak.Field} を含むため、フィードバックでは省略しました")]));
        }

        return new RoundDocument(forWard ? $"ベンダー評価 リーダーボード（区用）: {board.Round.Round}" : $"ベンダー評価 リーダーボード: {board.Round.Round}", blocks);
    }

    public const string CriteriaScope = "判定基準による判定は、非公開項目への回答だけで行います（公開項目は練習できたため）。回答ファイルの応募は非公開項目の回答がないため判定の対象外（NOT MEASURED）です。";

    public const string OmittedAnswer = "（非公開項目の本文を含むため省略しました）";

    public static IReadOnlyList<string> SignalNotes { get; } =
    [
        "公開と非公開の差（接続先の応募）: 公開項目の正答率 − 非公開項目の正答率（最初の繰り返し。Newcombe の95%区間、Fisher の正確検定）。区間全体が 0 より上で p<0.05 なら「要確認（公開と非公開の差）」。汚染の証明ではありません。",
        "カナリア: 公開した項目に埋め込んだ無作為の文字列が、回答（どの項目でも）に現れた件数。",
        "補完プローブ（接続先の応募）: 公開項目の模範解答の前半を渡し、後半をそのまま続けた件数（回答されたプローブのうち）。未回答のプローブがあれば一部未測定です。",
        "模範解答の書き写し（回答ファイルの応募。補完プローブの欄に表示）: 公開項目への回答のうち、公開した模範解答を再現しているもの（補完プローブと同じ基準）の件数。",
        "汚染の疑い: カナリアの検出、補完プローブでの再現、または模範解答の書き写しが1件以上。「検出なし」は、その応募に当てはまるシグナルをすべて測り終えた場合だけです。測れなかったものは NOT MEASURED（未測定）または「一部未測定」と書き、疑いなしとはしません。",
    ];

    /// <summary>Run, settings hash, dates, criteria and the rule for ties.</summary>
    public static IReadOnlyList<IRoundBlock> Header(RoundLeaderboard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        List<IRoundBlock> blocks =
        [
            new RoundList(
            [
                $"回: {board.Round.Round}",
                $"実行ID: {board.Run.RunId}",
                $"設定ハッシュ（全応募に共通の設定の SHA-256）: {board.Round.SettingsHash}",
                $"実行開始: {RoundTexts.Time(board.Run.StartedAt)}　作成: {RoundTexts.Time(board.CreatedAt)}",
            ]),
            new RoundHeading(2, "判定基準（実行開始時に固定）"),
            board.Criteria.Count == 0
                ? new RoundParagraph("この回の計画には判定基準がありません。基準による判定は NOT MEASURED（未測定）です。")
                : new RoundList([.. board.Criteria.Select(RoundTexts.Criterion)]),
        ];
        if (board.Warnings.Count > 0)
        {
            blocks.Add(new RoundList([.. board.Warnings.Select(w => "注意: " + w)]));
        }

        blocks.Add(new RoundHeading(2, "順位の決め方（同順位の扱い）"));
        blocks.Add(new RoundParagraph(
            "本番の順位は、非公開項目（公式の実行でだけ送った項目）への回答で決めます。対象は接続先（エンドポイント）で応募した提案だけです。" +
            "使うのは各項目の最初の繰り返しだけです（同じ項目の繰り返しは独立でないため）。" +
            "呼び出しの失敗（エラー・時間切れ。再試行の条件は全応募で同じ）は誤答に数えます。取扱区分により送らなかった項目と、判定保留（規則で決められず、判定者・人の採点もまだの回答）は観測に数えません。" +
            "順位を付ける全応募に観測がある項目だけで比べます。正答率 = 正答 ÷ 比べた項目（採点済みの回答と失敗した呼び出し。95% Wilson 区間）。判定保留は正答に数えません。"));
        blocks.Add(new RoundParagraph(
            "2つの応募に差があるとするのは、95%区間が重ならず、かつ対応のある検定（McNemar の正確検定。全組み合わせで Holm 補正）が 5% 水準で有意な場合だけです。" +
            "それ以外は差を示せないものとして扱います。順位 = 1 + 差があって上にある応募の数。差を示せない応募は同順位になり、データが支えない順序は付けません。"));
        return blocks;
    }

    /// <summary>The official ranking with the submissions it leaves out and why.</summary>
    public static IReadOnlyList<IRoundBlock> Official(RoundLeaderboard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        List<IRoundBlock> blocks = [.. Ranking(board, board.Official, "順位", "非公開項目")];
        List<string> answersFiles = [.. board.Entries.Where(e => e.Entry.Kind == SubmissionKind.Answers).Select(e => RoundTexts.Name(e.Entry))];
        if (answersFiles.Count > 0)
        {
            blocks.Add(new RoundParagraph($"{AnswersFilesExcluded}: {string.Join("、", answersFiles)}"));
        }

        return blocks;
    }

    /// <summary>A ranking table with its n, its ties and why, and the submissions it could not rank.</summary>
    public static IReadOnlyList<IRoundBlock> Ranking(RoundLeaderboard board, LeaderboardRanking ranking, string rankLabel, string items)
    {
        ArgumentNullException.ThrowIfNull(board);
        ArgumentNullException.ThrowIfNull(ranking);
        string Name(string providerId) => RoundTexts.Name(board.EntryOf(providerId).Entry);
        List<IRoundBlock> blocks = [];
        if (Excluded(ranking.Exclusions, items) is { } excluded)
        {
            blocks.Add(new RoundParagraph(excluded));
        }

        if (ranking.Exclusions.Provisional.Count > 0)
        {
            blocks.Add(new RoundParagraph(
                $"注意: この順位は暫定です。{string.Join("、", ranking.Exclusions.Provisional.Select(Name))} に{items}の判定保留の回答があり、採点（gaieval review）が済むまで順位は確定しません。"));
        }

        if (ranking.Calls == 0)
        {
            blocks.Add(new RoundParagraph($"順位を付けられません: {items}に、比べる応募すべてに観測（採点済みの回答または失敗した呼び出し）がある項目がありません（{RoundTexts.NotMeasured}）。"));
        }
        else
        {
            blocks.Add(new RoundParagraph($"比べた項目: {ranking.Calls} 件（{items}の最初の繰り返しのうち、表の全応募に観測があるもの）。"));
            blocks.Add(new RoundTable(
                [rankLabel, "応募", "正答率 [95%区間]", "正答/n", "同順位・差を示せない相手（理由）"],
                [.. ranking.Standings.Select(s => (IReadOnlyList<string>)
                [
                    ranking.Standings.Count(o => o.Rank == s.Rank) > 1 ? $"{s.Rank}（同順位）" : RoundTexts.Count(s.Rank),
                    Name(s.ProviderId),
                    RoundTexts.Share(s.Accuracy),
                    $"{s.Accuracy.Successes}/{s.Accuracy.N}",
                    Ties(ranking, s, Name),
                ])]));
        }

        List<string> unmeasured = [.. ranking.Unmeasured.Select(Name)];
        if (ranking.Calls > 0 && unmeasured.Count > 0)
        {
            blocks.Add(new RoundParagraph($"{RoundTexts.NotMeasured}（{items}に採点済みの回答も失敗した呼び出しもない）: 順位なし: {string.Join("、", unmeasured)}"));
        }

        return blocks;
    }

    /// <summary>How many of the split's items the table left out and why; null when none was.</summary>
    private static string? Excluded(RankingExclusions exclusions, string items)
    {
        if (exclusions.LeftOut == 0)
        {
            return null;
        }

        List<string> why = [];
        if (exclusions.Withheld > 0)
        {
            why.Add($"取扱区分などにより一部の応募に送らなかった項目 {exclusions.Withheld} 件");
        }

        if (exclusions.Undecided > 0)
        {
            why.Add($"一部の応募の回答が判定保留の項目 {exclusions.Undecided} 件");
        }

        if (exclusions.Unanswered > 0)
        {
            why.Add($"一部の応募の呼び出しが記録されていない項目 {exclusions.Unanswered} 件");
        }

        return $"比較から除いた{items}: {exclusions.LeftOut} 件（{exclusions.Items} 件中。{string.Join("、", why)}）。";
    }

    private static string Ties(LeaderboardRanking ranking, Standing standing, Func<string, string> name)
    {
        if (standing.TiedWith.Count == 0)
        {
            return "－";
        }

        return string.Join("／", standing.TiedWith.Select(other =>
        {
            PairSeparation pair = ranking.Pair(standing.ProviderId, other)!;
            string relation = ranking.Of(other)!.Rank == standing.Rank ? "同順位" : "差を示せない";
            return $"{relation}: {name(other)}（{pair.Why}）";
        }));
    }

    private static RoundTable Submissions(RoundLeaderboard board) => new(
        ["応募", "事業者", "製品", "モデル・版", "導入方式", "応募の形", "この前に試した版", "基準の判定", "判定保留（非公開／公開）", "呼び出しの失敗", "公開と非公開の差", "カナリア", "補完プローブ", "汚染"],
        [.. board.Entries.Select(e => (IReadOnlyList<string>)
        [
            e.Entry.Folder,
            e.Entry.Vendor,
            e.Entry.Product,
            RoundTexts.Model(e.Entry),
            RoundTexts.Method(e.Entry),
            e.Entry.Kind == SubmissionKind.Endpoint ? "接続先（エンドポイント）" : "回答ファイル（公開項目のみ）",
            RoundTexts.Count(e.Entry.VariantsTried),
            RoundTexts.Verdict(e.Verdict),
            $"{e.HiddenUndecided}／{e.PublicUndecided}",
            RoundTexts.Count(e.Failed),
            RoundTexts.Gap(e.Signals),
            RoundTexts.Canary(e.Signals.Canary),
            RoundTexts.Probes(e.Signals),
            RoundTexts.Suspicion(e.Signals),
        ])]);
}
