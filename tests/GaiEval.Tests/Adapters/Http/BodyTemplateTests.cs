namespace GaiEval.Tests.Adapters.Http;

using System.Text.Json.Nodes;
using GaiEval.Providers.Adapters.Http;

public sealed class BodyTemplateTests
{
    [Fact]
    public void Fills_every_placeholder_as_JSON_string_content()
    {
        var template = BodyTemplate.Parse("""{"q": "{{question}}", "s": "{{ system_prompt }}", "c": "{{context}}", "p": "{{prompt}}"}""");

        var body = JsonNode.Parse(template.Render(new PromptParts("指示\n二行目", "全文", "質問 \"引用\"", "資料\\パス")))!;

        Assert.Equal(
            ("質問 \"引用\"", "指示\n二行目", "資料\\パス", "全文"),
            (body["q"]!.GetValue<string>(), body["s"]!.GetValue<string>(), body["c"]!.GetValue<string>(), body["p"]!.GetValue<string>()));
    }

    [Fact]
    public void Combines_several_placeholders_in_one_string()
    {
        var template = BodyTemplate.Parse("""{"input": "【資料】{{context}}\n【質問】{{question}}"}""");

        var body = JsonNode.Parse(template.Render(new PromptParts(string.Empty, string.Empty, "受付時間は？", "9時から17時")))!;

        Assert.Equal("【資料】9時から17時\n【質問】受付時間は？", body["input"]!.GetValue<string>());
    }

    [Fact]
    public void Leaves_placeholders_inside_substituted_text_as_they_are()
    {
        var template = BodyTemplate.Parse("""{"q": "{{question}}", "c": "{{context}}"}""");

        var body = JsonNode.Parse(template.Render(new PromptParts(string.Empty, string.Empty, "{{context}} とは？", "資料")))!;

        Assert.Equal("{{context}} とは？", body["q"]!.GetValue<string>());
    }

    [Fact]
    public void Escapes_control_characters_and_keeps_non_ASCII_text_unescaped()
    {
        var template = BodyTemplate.Parse("""{"q": "{{question}}"}""");

        string rendered = template.Render(new PromptParts(string.Empty, string.Empty, "区役所\u0001\r\n", string.Empty));

        Assert.Equal("""{"q": "区役所\u0001\r\n"}""", rendered);
    }
}
