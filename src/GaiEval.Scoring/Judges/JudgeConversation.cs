namespace GaiEval.Scoring.Judges;

using System.Diagnostics;
using Microsoft.Extensions.AI;

/// <summary>Asks the judge once at temperature 0 and, when the reply cannot be used, once more with a repair prompt.</summary>
internal static class JudgeConversation
{
    public const int MaxAttempts = 2;

    public static async Task<JudgeOutcome> RunAsync(IChatClient judge, string prompt, JudgeReplyRules rules, CancellationToken cancellationToken)
    {
        List<ChatMessage> messages = [new(ChatRole.System, JudgePrompts.System), new(ChatRole.User, prompt)];
        long input = 0, output = 0;
        string? model = null;
        string problem = string.Empty;
        var watch = Stopwatch.StartNew();
        for (int attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            ChatResponse response = await judge.GetResponseAsync(messages, new ChatOptions { Temperature = 0 }, cancellationToken)
                .ConfigureAwait(false);
            input += response.Usage?.InputTokenCount ?? 0;
            output += response.Usage?.OutputTokenCount ?? 0;
            model = response.ModelId ?? model;
            string reply = response.Text;
            if (JudgeReplyParser.TryParse(reply, rules, out JudgeVerdict? verdict, out problem))
            {
                return new JudgeOutcome(verdict, string.Empty, model, input, output, watch.Elapsed, attempt);
            }

            messages.Add(new ChatMessage(ChatRole.Assistant, reply));
            messages.Add(new ChatMessage(ChatRole.User, JudgePrompts.Repair(problem, rules.Labels)));
        }

        return new JudgeOutcome(null, problem, model, input, output, watch.Elapsed, MaxAttempts);
    }
}
