namespace GaiEval.Cli.Commands;

using System.Text;
using GaiEval.Cli.Console;
using GaiEval.Core.Analysis;
using GaiEval.Core.Decision;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Rounds;
using GaiEval.Core.Rounds.Contamination;
using GaiEval.Core.Rounds.Leaderboard;
using GaiEval.Reporting.Rounds;
using GaiEval.Scoring.Contamination;
using GaiEval.Scoring.Risk;
using GaiEval.Storage;

/// <summary>
/// Writes a round's leaderboard and feedback files from its stored run (read only): vendor/leaderboard.md and .html,
/// vendor/feedback/&lt;folder&gt;.md per submission and ward/leaderboard.md. Every vendor file is checked against the hidden
/// and private items' texts first; when one leaks, nothing is written and the exit code is 70. A submission's own answer
/// that holds such text is not a fault of the ward: the leaderboard's builder leaves it out of the feedback beforehand.
/// The criteria are judged on the hidden items only.
/// </summary>
internal static class RoundReportPublisher
{
    /// <param name="database">The results database; round-run.json's when null.</param>
    /// <returns>0 written, 70 a vendor file would have held hidden or private text (nothing written).</returns>
    /// <exception cref="InputException">The round, its round-run.json, the database or the run is missing or does not match.</exception>
    public static async Task<int> WriteAsync(RoundFolder folder, string? database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder.Path))
        {
            throw new InputException(folder.Path, 0, "round", $"回「{folder.Name}」のフォルダがありません。回の名前と --dir を確認してください");
        }

        RoundRun round = RoundJsonFiles.Read<RoundRun>(folder.RunFile);
        string path = database ?? round.Database;
        await using IEvalStore store = await StoreOpener.OpenExistingAsync(path, cancellationToken);
        _ = await store.FindRunAsync(round.RunId, cancellationToken)
            ?? throw new InputException(folder.RunFile, 0, "run_id", $"実行ID {round.RunId} はデータベース {store.Location} にありません（--db で指定できます）");
        using StageProgress stages = StageProgress.ForStandardError();
        stages.Step("結果の読み込み");
        RunResults results = await RunResults.LoadAsync(store, round.RunId, cancellationToken);
        RoundEntriesCheck.Run(folder.RunFile, round, results.Plan.Providers.Select(p => p.Id));

        RoundCanary? canary = File.Exists(folder.CanaryFile) ? RoundJsonFiles.Read<RoundCanary>(folder.CanaryFile) : null;
        List<CompletionProbeResult>? completion = File.Exists(folder.CompletionFile) ? RoundJsonFiles.Read<List<CompletionProbeResult>>(folder.CompletionFile) : null;
        stages.Step("リーダーボードの集計");
        RunResults hidden = results.OnlyItems(i => i.Split == ItemSplit.Hidden);
        GateDecision? decision = results.Plan.Criteria.Count == 0
            ? null
            : new GateJudge(GateCommand.DefaultMetrics(hidden), GateCommand.DefaultSampleSizeToSettle).Decide(hidden);
        RoundLeaderboard board = RoundLeaderboardBuilder.Build(
            round, results, decision, CanaryFound(canary), completion, (answer, reference) => CompletionCheck.Judge(answer, reference).Completed, RoundClock.Now());

        Dictionary<string, string> vendorFiles = new(StringComparer.Ordinal)
        {
            ["leaderboard.md"] = RoundMarkdown.Render(LeaderboardDocument.Build(board, forWard: false)),
            ["leaderboard.html"] = RoundHtml.Render(LeaderboardDocument.Build(board, forWard: false)),
        };
        foreach (LeaderboardEntry entry in board.Entries)
        {
            vendorFiles[Path.Combine("feedback", entry.Entry.Folder + ".md")] = RoundMarkdown.Render(FeedbackDocument.Build(board, entry));
        }

        stages.Step("非公開の本文の検査");
        var guard = VendorLeakGuard.For(results.AllItems);
        foreach ((string name, string text) in vendorFiles)
        {
            if (guard.Find(text) is { } leak)
            {
                stages.Complete();
                System.Console.Error.WriteLine(
                    $"漏洩の防止: vendor/{name.Replace('\\', '/')} に非公開の項目 {leak.ItemId} の {leak.Field} が含まれます。vendor/ には何も書いていません（内部の誤りです。報告してください）。");
                return ExitCodes.InternalError;
            }
        }

        foreach ((string name, string text) in vendorFiles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stages.Step($"レポート vendor/{name.Replace('\\', '/')}");
            Write(Path.Combine(folder.VendorFolder, name), text);
        }

        string ward = Path.Combine(folder.WardFolder, "leaderboard.md");
        stages.Step("レポート ward/leaderboard.md");
        Write(ward, RoundMarkdown.Render(LeaderboardDocument.Build(board, forWard: true)));
        stages.Complete();
        Print(folder, board, ward);
        return ExitCodes.Done;
    }

    private static Func<string, bool>? CanaryFound(RoundCanary? canary)
    {
        if (canary is null)
        {
            return null;
        }

        var detector = new CanaryDetector([canary.Canary]);
        return text => detector.Find(RiskText.Of(text)).Any();
    }

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    private static void Print(RoundFolder folder, RoundLeaderboard board, string ward)
    {
        System.Console.WriteLine($"回「{board.Round.Round}」のリーダーボード（実行ID {board.Run.RunId}、設定ハッシュ {board.Round.SettingsHash}）");
        if (board.Official.Calls == 0)
        {
            System.Console.WriteLine($"本番順位: 順位を付けられません（非公開項目で全応募に観測がある項目がない: {RoundTexts.NotMeasured}）");
        }
        else
        {
            string leftOut = board.Official.Exclusions.LeftOut > 0 ? $"、除いた項目 {board.Official.Exclusions.LeftOut} 件" : string.Empty;
            System.Console.WriteLine($"本番順位（非公開項目の最初の繰り返し、比べた項目 {board.Official.Calls} 件{leftOut}）:");
            foreach (Standing standing in board.Official.Standings)
            {
                bool shared = board.Official.Standings.Count(s => s.Rank == standing.Rank) > 1;
                System.Console.WriteLine(
                    $"  {standing.Rank}位{(shared ? "（同順位）" : string.Empty)} {RoundTexts.Name(board.EntryOf(standing.ProviderId).Entry)} {RoundTexts.Share(standing.Accuracy)}（{standing.Accuracy.Successes}/{standing.Accuracy.N}）");
            }
        }

        foreach (LeaderboardEntry entry in board.Entries.Where(e => e.Signals.Suspect))
        {
            System.Console.WriteLine($"汚染の疑い: {RoundTexts.Name(entry.Entry)}（カナリア {RoundTexts.Canary(entry.Signals.Canary)}、{(entry.Entry.Kind == SubmissionKind.Answers ? string.Empty : "補完プローブ ")}{RoundTexts.Probes(entry.Signals)}）");
        }

        foreach (LeaderboardEntry entry in board.Entries.Where(e => !e.Signals.Suspect && e.Signals.GapSuspect))
        {
            System.Console.WriteLine($"{RoundTexts.GapSuspect}: {RoundTexts.Name(entry.Entry)}（{RoundTexts.Gap(entry.Signals)}）");
        }

        if (board.Official.Exclusions.Provisional.Count > 0)
        {
            System.Console.WriteLine("注意: 本番順位は暫定です（非公開項目に判定保留の回答があります。gaieval review で採点してください）");
        }

        if (board.OmittedAnswers.Count > 0)
        {
            System.Console.WriteLine($"非公開項目の本文を含む応募の回答 {board.OmittedAnswers.Count} 件をフィードバックで省略しました（区用のリーダーボードに記載）");
        }

        System.Console.WriteLine($"ベンダー向け: {Path.Combine(folder.VendorFolder, "leaderboard.md")}（HTML も）、フィードバック {board.Entries.Count} 件: {Path.Combine(folder.VendorFolder, "feedback")}");
        System.Console.WriteLine($"区用: {ward}");
    }
}
