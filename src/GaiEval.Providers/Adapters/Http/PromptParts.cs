namespace GaiEval.Providers.Adapters.Http;

using GaiEval.Core.Running;
using Microsoft.Extensions.AI;

/// <summary>
/// The texts a body template can place, taken from the messages of a call:
/// <list type="bullet">
/// <item><c>{{system_prompt}}</c>: <see cref="ChatOptions.Instructions"/> and every system message, in that order,
/// joined by a blank line (empty when there are none);</item>
/// <item><c>{{prompt}}</c>: the last user message, whole;</item>
/// <item><c>{{question}}</c> and <c>{{context}}</c>: that user text split at the first <see cref="ContextSeparator"/>,
/// the separator the runner puts between an item's question and its context (GaiEval.Core.Running.ItemPrompt);
/// without it, the question is the whole text and the context is empty.</item>
/// </list>
/// Other messages (earlier user turns, assistant turns) are not sent: a platform API takes one question.
/// </summary>
internal sealed record PromptParts(string SystemPrompt, string Prompt, string Question, string Context)
{
    public const string ContextSeparator = ItemPrompt.ContextSeparator;

    /// <exception cref="ArgumentException">No user message.</exception>
    public static PromptParts From(IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        ArgumentNullException.ThrowIfNull(messages);
        IReadOnlyList<ChatMessage> list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        IEnumerable<string> systemTexts = list.Where(m => m.Role == ChatRole.System).Select(m => m.Text);
        if (!string.IsNullOrEmpty(options?.Instructions))
        {
            systemTexts = systemTexts.Prepend(options.Instructions);
        }

        string prompt = list.LastOrDefault(m => m.Role == ChatRole.User)?.Text
            ?? throw new ArgumentException("HTTP アダプターに送る質問（ユーザーのメッセージ）がありません。", nameof(messages));
        int split = prompt.IndexOf(ContextSeparator, StringComparison.Ordinal);
        return new PromptParts(
            string.Join("\n\n", systemTexts.Where(text => text.Length > 0)),
            prompt,
            split < 0 ? prompt : prompt[..split],
            split < 0 ? string.Empty : prompt[(split + ContextSeparator.Length)..]);
    }
}
