namespace GaiEval.Cli.Commands;

using System.CommandLine;
using GaiEval.Cli.Console;
using GaiEval.Cli.Inputs;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Rounds;
using GaiEval.Core.Rounds.Exposure;
using GaiEval.Core.Rounds.Submissions;
using GaiEval.Core.Results;
using GaiEval.Core.TestSets;
using GaiEval.Storage;
using GaiEval.Storage.Location;

/// <summary>
/// <c>gaieval round run NAME --plan PLAN --submissions DIR</c>: the round's official run. Every submission is one provider
/// of one run, with the round's shared settings; running the round again resumes that run and calls no one twice.
/// </summary>
internal static class RoundRunCommand
{
    public static Command Create()
    {
        Argument<string> name = new("NAME") { Description = "回の名前（gaieval round open で付けた名前）" };
        Option<string> plan = new("--plan")
        {
            Description = "回の評価計画（YAML）。round: に全応募で共通の設定（system_prompt・rag・limits・temperature・max_output_tokens・clearance・seed）を書きます",
            HelpName = "PLAN",
            Required = true,
        };
        Option<string> submissions = new("--submissions")
        {
            Description = "応募フォルダを並べたフォルダ（応募ごとに submission.yaml のあるフォルダ。フォルダ名の順に s1, s2, … と呼びます）",
            HelpName = "DIR",
            Required = true,
        };
        Option<string> folder = RoundOptions.Folder();
        Option<string?> db = CommonOptions.Database();
        Option<bool> skipUnavailable = new("--skip-unavailable")
        {
            Description = "接続できない応募のエンドポイントを飛ばして残りを実行します（飛ばした応募は未測定としてレポートに残ります）",
        };
        var command = new Command("run", Description())
        {
            name, plan, submissions, folder, db, skipUnavailable,
        };
        command.SetAction((parse, ct) => RunAsync(
            new RoundRunRequest(
                RoundFolder.For(parse.GetValue(folder)!, parse.GetValue(name)!),
                parse.GetValue(plan)!,
                parse.GetValue(submissions)!,
                parse.GetValue(db),
                parse.GetValue(skipUnavailable))
            {
                Dir = parse.GetValue(folder)!,
            },
            ct));
        return command;
    }

    private static string Description() => string.Join(
        Environment.NewLine,
        [
            "回の公式実行です。応募ごとに1つの提供先（s1, s2, …）として、計画のテストセットを全応募に同じ設定・同じ順序で送り、採点します。",
            "エンドポイントの応募には公開・非公開（hidden）の項目を、回答ファイルの応募には公開項目の回答を再生します（hidden・private の項目は送りません）。",
            "実行の前に、テストセットの非公開項目が round open で公表したコミットメントと一致することを確かめます（一致しなければ実行しません）。",
            "呼び出しの後、エンドポイントの応募ごとに続きの書き写し検査（公開項目の模範解答の前半を示して続きを書かせる。DIR/NAME/completion.json）を送り、",
            "リーダーボードとフィードバック（gaieval round report と同じ）を書きます。",
            "区のレポートは DIR/NAME/ward/、実行の記録は DIR/NAME/round-run.json、エンドポイントに送った非公開項目は DIR/NAME/exposed.json に書きます。",
            "止まっても同じコマンドで再開し、保存済みの呼び出しは繰り返しません。",
            "終了コード: 0 完了 / 2 入力の誤り / 4 失敗した呼び出しあり / 70 ベンダー向けの文書に非公開項目の本文が入りかけた（書きません） / 130 中断。",
        ]);

    private static async Task<int> RunAsync(RoundRunRequest request, CancellationToken ct)
    {
        RunCommand.RunRequest run;
        try
        {
            run = File.Exists(request.Folder.RunFile) ? await ResumptionAsync(request, ct) : Start(request);
        }
        catch (InputException e)
        {
            return ErrorPrinter.BadInput(e);
        }

        int exit = await RunCommand.InvokeAsync(run, ct);
        if (!File.Exists(request.Folder.RunFile) || exit is not (ExitCodes.Done or ExitCodes.ProviderFailures))
        {
            return exit;
        }

        RoundRun recorded = RoundJsonFiles.Read<RoundRun>(request.Folder.RunFile);
        try
        {
            await RoundCompletionProbes.SendAsync(request.Folder, recorded, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            System.Console.Error.WriteLine($"中断しました。送った検査は保存されています。再開するには同じコマンド（gaieval round run {request.Folder.Name} …）を実行してください。");
            return ExitCodes.Interrupted;
        }
        catch (InputException e)
        {
            // The store of the run can no longer be opened (a PostgreSQL server gone after the calls): the calls are stored.
            return ErrorPrinter.BadInput(e);
        }

        try
        {
            int report = await RoundReportPublisher.WriteAsync(request.Folder, recorded.Database, ct);
            return report == ExitCodes.Done ? exit : report;
        }
        catch (InputException e)
        {
            return ErrorPrinter.BadInput(e);
        }
    }

    /// <summary>A new official run: the commitment checked, the submissions read and turned into providers.</summary>
    private static RunCommand.RunRequest Start(RoundRunRequest request)
    {
        RoundFolder folder = request.Folder;
        RoundCommitment commitment = OpenRound(folder);
        PlanInputs inputs = Committed(PlanInputs.Load(request.PlanPath), commitment);
        RoundSettings settings = inputs.Plan.Round ?? throw new InputException(request.PlanPath, 0, "round",
            "計画に round: がありません。全応募で共通の設定（system_prompt・rag・limits など）を round: に書いてください");
        CommitmentCheck check = CommitmentCheck.Run(commitment, RoundSaltFile.Read(folder.SaltFile), inputs.TestSet.Items);
        if (!check.Verified)
        {
            throw new InputException(inputs.TestSet.Path, 0, "split",
                $"テストセットの非公開項目が、回「{folder.Name}」を開いた時に公表したコミットメントと一致しないため実行しません（{string.Join(" / ", check.Mismatches)}）。" +
                "回を開いた時のテストセットで実行してください");
        }

        IReadOnlyList<Submission> submissions = SubmissionFolders.Load(request.SubmissionsPath, inputs.TestSet.Items);
        string hash = RoundSettingsHash.Compute(folder.Name, inputs.Plan, settings, inputs.TestSet, inputs.Knowledge?.ContentHash);
        int seed = RoundItemOrder.SeedOf(folder.Name, settings);
        PlanInputs round = inputs.WithProviders(
            RoundProviders.For(submissions, settings), $"{inputs.Plan.Name}（回「{folder.Name}」 設定ハッシュ {hash[..16]}）");
        if (round.Plan.Cache)
        {
            // A cached answer of an earlier round would stand in for a call that this round must make.
            System.Console.WriteLine("回の公式実行では応答キャッシュを使いません（計画の cache: true は無視します）。");
            round = round with { Plan = round.Plan with { Cache = false } };
        }

        foreach ((GoldItem item, string other) in ExposureRegistry.ExposedBefore(folder, round.TestSet.Items))
        {
            System.Console.Error.WriteLine($"注意: 非公開項目 {item.Id} は回「{other}」でベンダーに示されています（公開済み。回を開いた時に --include-exposed で含めたか、開いた後に示されました）。この項目の結果の扱いに注意してください。");
        }
        System.Console.WriteLine($"回「{folder.Name}」の公式実行: 応募 {submissions.Count} 件、設定ハッシュ {hash}");
        foreach (RoundEntry entry in RoundProviders.Entries(submissions))
        {
            string kind = entry.Kind == SubmissionKind.Endpoint ? "エンドポイント" : "回答ファイル";
            System.Console.WriteLine($"  {entry.ProviderId}: {entry.Vendor}「{entry.Product}」 {entry.Model} {entry.ModelVersion}（{kind}、フォルダ {entry.Folder}）");
        }

        return new RunCommand.RunRequest(request.PlanPath, request.Database, folder.WardFolder, null, request.SkipUnavailable)
        {
            Inputs = round,
            Created = created =>
            {
                RoundExposure.Planned(folder.Name, created.RunId, round.AllItems, round.Plan.Providers).AddTo(folder);
                RoundJsonFiles.WriteNew(folder.RunFile, new RoundRun
                {
                    Round = folder.Name,
                    RunId = created.RunId,
                    Database = StoreOpener.Recordable(StoreOpener.Locate(request.Database)),
                    SettingsHash = hash,
                    Seed = seed,
                    CreatedAt = RoundClock.Now(),
                    Entries = RoundProviders.Entries(submissions),
                });
            },
            Order = items => RoundItemOrder.Order(items, seed),
            ResumeCommand = _ => ResumeCommand(request),
        };
    }

    /// <summary>
    /// The round's run again: resumed from what is stored, with the plan and submissions of its start. Its exposure is
    /// recorded again first (a union: a run stopped before exposed.json was written is covered before any further call).
    /// </summary>
    private static async Task<RunCommand.RunRequest> ResumptionAsync(RoundRunRequest request, CancellationToken ct)
    {
        OpenRound(request.Folder);
        RoundRun recorded = RoundJsonFiles.Read<RoundRun>(request.Folder.RunFile);
        StoreLocation location = StoreLocation.Parse(recorded.Database, "database");
        if (location.Engine == StoreEngine.Sqlite && !File.Exists(location.Target))
        {
            throw new InputException(request.Folder.RunFile, 0, "database",
                $"回の公式実行 {recorded.RunId} を保存した結果データベース {recorded.Database} がありません。元の場所に戻してから同じコマンドで再開してください" +
                "（round-run.json を消すと新しい実行になり、全応募をもう一度呼び出します）");
        }

        await using (IEvalStore store = await StoreOpener.OpenExistingAsync(recorded.Database, ct))
        {
            RunInfo run = await store.FindRunAsync(recorded.RunId, ct)
                ?? throw new InputException(request.Folder.RunFile, 0, "run_id", $"回の公式実行 {recorded.RunId} が結果データベース {recorded.Database} にありません");
            IReadOnlyList<GoldItem> items = await store.ReadItemsAsync(recorded.RunId, ct);
            RoundExposure.Planned(request.Folder.Name, recorded.RunId, items, PlanSnapshot.FromJson(run.PlanJson).Providers).AddTo(request.Folder);
        }

        System.Console.WriteLine($"回「{request.Folder.Name}」の公式実行 {recorded.RunId} を再開します（計画と応募は実行開始時のものを使います。保存済みの呼び出しは繰り返しません）");
        return new RunCommand.RunRequest(request.PlanPath, recorded.Database, request.Folder.WardFolder, recorded.RunId, request.SkipUnavailable)
        {
            Order = items => RoundItemOrder.Order(items, recorded.Seed),
            ResumeCommand = _ => ResumeCommand(request),
        };
    }

    /// <summary>The inputs without the hidden items the round left out as exposed by an earlier round.</summary>
    private static PlanInputs Committed(PlanInputs inputs, RoundCommitment commitment)
    {
        IReadOnlyList<GoldItem> items = commitment.Committed(inputs.TestSet.Items);
        if (items.Count == inputs.TestSet.Items.Count)
        {
            return inputs;
        }

        System.Console.WriteLine($"前の回で公開済みの非公開項目 {inputs.TestSet.Items.Count - items.Count} 件を除いて実行します（commitment.json の excluded_exposed）。");
        return inputs with { TestSet = inputs.TestSet with { Items = items, ContentHash = TestSetHash.Compute(items) } };
    }

    private static string ResumeCommand(RoundRunRequest request) =>
        ResumeHint.ForRound(request.Folder.Name, request.PlanPath, request.SubmissionsPath, request.Dir, request.Database) + "（同じコマンド）";

    private static RoundCommitment OpenRound(RoundFolder folder)
    {
        if (!File.Exists(folder.CommitmentFile))
        {
            throw new InputException(folder.CommitmentFile, 0, "round", $"回「{folder.Name}」が見つかりません。先に gaieval round open で回を開いてください（--dir も確認してください）");
        }

        if (File.Exists(folder.RevealFile))
        {
            throw new InputException(folder.RevealFile, 0, "round", $"回「{folder.Name}」は閉じています。閉じた回は実行できません");
        }

        return RoundJsonFiles.ReadCommitment(folder.CommitmentFile);
    }

    private sealed record RoundRunRequest(RoundFolder Folder, string PlanPath, string SubmissionsPath, string? Database, bool SkipUnavailable)
    {
        /// <summary>The --dir the round's folder was found in, for the resume command.</summary>
        public string Dir { get; init; } = RoundFolder.DefaultParent;
    }
}
