namespace GaiEval.Core.Running;

using GaiEval.Core.Model;
using Microsoft.Extensions.AI;

/// <summary>Turns a gold item into the messages a provider receives.</summary>
public static class ItemPrompt
{
    /// <summary>Separates the question from the item's context in the user message.</summary>
    public const string ContextSeparator = "\n\n【資料】\n";

    public static IReadOnlyList<ChatMessage> Build(GoldItem item, string? systemPrompt)
    {
        var messages = new List<ChatMessage>(2);
        if (!string.IsNullOrWhiteSpace(systemPrompt))
        {
            messages.Add(new ChatMessage(ChatRole.System, systemPrompt));
        }

        string user = string.IsNullOrWhiteSpace(item.Context)
            ? item.Question
            : item.Question + ContextSeparator + item.Context;
        messages.Add(new ChatMessage(ChatRole.User, user));
        return messages;
    }
}
