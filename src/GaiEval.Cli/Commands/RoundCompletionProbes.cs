namespace GaiEval.Cli.Commands;

using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Results;
using GaiEval.Core.Rounds;
using GaiEval.Core.Rounds.Contamination;
using GaiEval.Providers;
using GaiEval.Scoring.Contamination;
using GaiEval.Storage;
using Microsoft.Extensions.AI;

/// <summary>
/// Sends the round's verbatim-completion probes to every submitted endpoint the run called, without the round's system
/// prompt or retrieval (the model alone is asked to continue a public reference). completion.json is rewritten after
/// every probe, and a probe already answered there is never sent again, so stopping and rerunning the round repeats no call.
/// </summary>
internal static class RoundCompletionProbes
{
    public static async Task SendAsync(RoundFolder folder, RoundRun recorded, CancellationToken ct)
    {
        await using IEvalStore store = await StoreOpener.OpenAsync(recorded.Database, ct);
        RunInfo run = await store.FindRunAsync(recorded.RunId, ct)
            ?? throw new InvalidOperationException($"実行 {recorded.RunId} が {store.Location} にありません。");
        EvalPlan plan = PlanSnapshot.FromJson(run.PlanJson);
        IReadOnlyList<GoldItem> items = await store.ReadItemsAsync(recorded.RunId, ct);
        IReadOnlyList<CompletionProbe> probes = CompletionProbeSet.Build(items.Where(i => !i.IsProbe), plan.Round?.CompletionProbes ?? 0);
        List<CompletionProbeResult> results = File.Exists(folder.CompletionFile)
            ? [.. RoundJsonFiles.Read<IReadOnlyList<CompletionProbeResult>>(folder.CompletionFile).Where(r => r.RunId == recorded.RunId)]
            : [];
        var factory = new ChatClientFactory(knowledge: null);
        foreach (ProviderProfile provider in Endpoints(recorded, plan))
        {
            CompletionProbe[] pending = [.. probes.Where(p => !results.Any(r => r.ProviderId == provider.Id && r.ItemId == p.ItemId && r.Answered))];
            if (pending.Length == 0)
            {
                continue;
            }

            System.Console.WriteLine($"続きの書き写し検査: {provider.Id} に {pending.Length} 問を送ります。");
            IChatClient client;
            try
            {
                client = factory.Create(provider with { SystemPrompt = null, Rag = null, Retrieval = null });
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                System.Console.Error.WriteLine($"続きの書き写し検査を {provider.Id} に送れませんでした（{e.Message}）。この応募の検査は未測定のままです。同じコマンドで送り直せます。");
                continue;
            }

            using IChatClient probing = client;
            foreach (CompletionProbe probe in pending)
            {
                CompletionProbeResult result = (await CompletionProbeRunner.RunAsync(probing, provider.Id, [probe], ct))[0] with { RunId = recorded.RunId };
                results.RemoveAll(r => r.ProviderId == provider.Id && r.ItemId == probe.ItemId);
                results.Add(result);
                RoundJsonFiles.Replace(folder.CompletionFile, results);
            }
        }
    }

    private static IEnumerable<ProviderProfile> Endpoints(RoundRun recorded, EvalPlan plan)
    {
        HashSet<string> endpoints = [.. recorded.Entries.Where(e => e.Kind == SubmissionKind.Endpoint).Select(e => e.ProviderId)];
        return plan.Providers.Where(p => endpoints.Contains(p.Id) && !plan.Skipped.ContainsKey(p.Id));
    }
}
