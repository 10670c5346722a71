namespace GaiEval.Tests.Adapters.Http;

using System.Text.Json;
using GaiEval.Providers.Adapters.Http;

public sealed class JsonPathTests
{
    private const string Reply = """
        {"data": {"answer": "回答", "items": [{"text": "一"}, {"text": "二"}]},
         "結果": {"回答": "はい"}, "grid": [[1, 2], [3, 4]]}
        """;

    [Theory]
    [InlineData("data.answer", "\"回答\"")]
    [InlineData("$.data.answer", "\"回答\"")]
    [InlineData("$data.answer", "\"回答\"")]
    [InlineData("data.items[1].text", "\"二\"")]
    [InlineData("grid[1][0]", "3")]
    [InlineData("結果.回答", "\"はい\"")]
    public void Finds_the_value_a_dotted_path_names(string path, string expectedJson)
    {
        using var document = JsonDocument.Parse(Reply);

        bool found = JsonPath.Parse(path, "answer_path").TryFind(document.RootElement, out var value, out _);

        Assert.True(found);
        Assert.Equal(expectedJson, value.GetRawText());
    }

    [Fact]
    public void Finds_an_element_of_a_top_level_array()
    {
        using var document = JsonDocument.Parse("""[{"text": "最初"}]""");

        Assert.True(JsonPath.Parse("[0].text", "answer_path").TryFind(document.RootElement, out var value, out _));
        Assert.Equal("最初", value.GetString());
    }

    [Theory]
    [InlineData("data.items[5].text", "data.items")]
    [InlineData("data.answer.text", "data.answer")]
    [InlineData("result.answer", "")]
    [InlineData("data[0]", "data")]
    public void Tells_how_far_a_missing_path_was_found(string path, string reached)
    {
        using var document = JsonDocument.Parse(Reply);

        bool found = JsonPath.Parse(path, "answer_path").TryFind(document.RootElement, out _, out string actual);

        Assert.False(found);
        Assert.Equal(reached, actual);
    }

    [Theory]
    [InlineData("")]
    [InlineData("$")]
    [InlineData(".data")]
    [InlineData("data.")]
    [InlineData("data..answer")]
    [InlineData("items[")]
    [InlineData("items[x]")]
    [InlineData("items[-1]")]
    [InlineData("items[]")]
    [InlineData("items]")]
    [InlineData("items[0]text")]
    public void Refuses_a_malformed_path_naming_the_key_and_the_path(string path)
    {
        var error = Assert.Throws<FormatException>(() => JsonPath.Parse(path, "http.answer_path"));

        Assert.StartsWith($"http.answer_path のパス「{path}」を読めません", error.Message, StringComparison.Ordinal);
    }
}
