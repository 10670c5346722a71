namespace GaiEval.Scoring.Contamination;

using GaiEval.Core.Rounds.Contamination;
using Microsoft.Extensions.AI;

/// <summary>
/// Sends each verbatim-completion probe to one submission's endpoint, one call at a time, and checks each answer. A call
/// that fails leaves its probe unanswered (undecided, never "not completed"); a cancellation stops the run.
/// </summary>
public static class CompletionProbeRunner
{
    public static async Task<IReadOnlyList<CompletionProbeResult>> RunAsync(
        IChatClient client, string providerId, IReadOnlyList<CompletionProbe> probes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrEmpty(providerId);
        ArgumentNullException.ThrowIfNull(probes);
        var results = new List<CompletionProbeResult>(probes.Count);
        foreach (CompletionProbe probe in probes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string? answer = await AskAsync(client, probe, cancellationToken).ConfigureAwait(false);
            if (answer is null)
            {
                results.Add(new CompletionProbeResult { ProviderId = providerId, ItemId = probe.ItemId, Answered = false });
                continue;
            }

            CompletionJudgement judgement = CompletionCheck.Judge(answer, probe.Withheld);
            results.Add(new CompletionProbeResult
            {
                ProviderId = providerId,
                ItemId = probe.ItemId,
                Answered = true,
                LongestRun = judgement.LongestRun,
                Coverage = judgement.Coverage,
                Completed = judgement.Completed,
            });
        }

        return results;
    }

    /// <summary>
    /// The answer's text at temperature 0 (the most likely continuation is what a model that learnt the text would write),
    /// or null when the call failed for any reason but the caller's cancellation, or the answer is empty (a gateway that
    /// recognises a probe must not pass as "not completed" by answering nothing).
    /// </summary>
    private static async Task<string?> AskAsync(IChatClient client, CompletionProbe probe, CancellationToken cancellationToken)
    {
        try
        {
            ChatResponse response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, probe.Prompt)], new ChatOptions { Temperature = 0 }, cancellationToken)
                .ConfigureAwait(false);
            return string.IsNullOrWhiteSpace(response.Text) ? null : response.Text;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }
}
