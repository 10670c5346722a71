namespace GaiEval.Tests.Adapters.Http;

using GaiEval.Core.Model;
using GaiEval.Core.Running;
using GaiEval.Providers.Adapters.Http;
using Microsoft.Extensions.AI;

public sealed class PromptPartsTests
{
    [Fact]
    public void Splits_the_runner_prompt_at_the_context_separator()
    {
        var messages = ItemPrompt.Build(Item("要約してください。", "議事録の本文\n\n【資料】\n別紙の見出し"), "職員として答えてください。");

        var parts = PromptParts.From(messages, null);

        Assert.Equal("要約してください。", parts.Question);
        Assert.Equal("議事録の本文\n\n【資料】\n別紙の見出し", parts.Context);
        Assert.Equal(messages[^1].Text, parts.Prompt);
        Assert.Equal("職員として答えてください。", parts.SystemPrompt);
    }

    [Fact]
    public void Takes_the_whole_text_as_the_question_when_there_is_no_context()
    {
        var parts = PromptParts.From(ItemPrompt.Build(Item("窓口の受付時間は？", null), null), null);

        Assert.Equal(("窓口の受付時間は？", string.Empty, "窓口の受付時間は？", string.Empty), (parts.Question, parts.Context, parts.Prompt, parts.SystemPrompt));
    }

    [Fact]
    public void Joins_the_instructions_and_the_system_messages_and_takes_the_last_user_message()
    {
        ChatMessage[] messages =
        [
            new(ChatRole.System, "資料だけに基づいて答えてください。"),
            new(ChatRole.User, "最初の質問"),
            new(ChatRole.Assistant, "最初の回答"),
            new(ChatRole.System, "資料: 受付は9時から"),
            new(ChatRole.User, "受付は何時から？"),
        ];

        var parts = PromptParts.From(messages, new ChatOptions { Instructions = "みどり区の職員です。" });

        Assert.Equal("みどり区の職員です。\n\n資料だけに基づいて答えてください。\n\n資料: 受付は9時から", parts.SystemPrompt);
        Assert.Equal("受付は何時から？", parts.Question);
    }

    [Fact]
    public void Refuses_messages_without_a_user_message()
    {
        var error = Assert.Throws<ArgumentException>(() => PromptParts.From([new ChatMessage(ChatRole.System, "指示")], null));

        Assert.StartsWith("HTTP アダプターに送る質問（ユーザーのメッセージ）がありません。", error.Message, StringComparison.Ordinal);
    }

    private static GoldItem Item(string question, string? context) => new()
    {
        Id = "q-001",
        Category = "文書作成",
        Use = "情報抽出・要約",
        Question = question,
        Context = context,
    };
}
