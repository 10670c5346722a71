namespace GaiEval.Tests.TestSets;

using GaiEval.Core.Inputs;
using GaiEval.Core.TestSets;
using GaiEval.Tests.Support;
using static GaiEval.Tests.TestSets.TestSetLoaderJsonlTests;

public sealed class TestSetLoaderFileTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("items.xlsx")]
    [InlineData("items.txt")]
    [InlineData("items")]
    public void Rejects_a_file_that_is_neither_jsonl_nor_csv(string name)
    {
        string path = folder.Write(name, GoldLines.Jsonl(GoldLines.Valid()));

        var error = Assert.Single(Assert.Throws<InputException>(() => TestSetLoader.Load(path)).Errors);

        AssertError(error, path, 0, "file", ".jsonl");
    }

    [Fact]
    public void Rejects_a_file_that_does_not_exist()
    {
        string path = folder.File("missing.jsonl");

        var error = Assert.Single(Assert.Throws<InputException>(() => TestSetLoader.Load(path)).Errors);

        AssertError(error, path, 0, "file", "見つかりません");
    }

    [Theory]
    [InlineData("items.jsonl", "")]
    [InlineData("items.jsonl", "\n  \n")]
    [InlineData("items.csv", "")]
    [InlineData("items.csv", "id,category,use,question,human_minutes,review_minutes\n")]
    public void Rejects_a_file_without_items(string name, string text)
    {
        string path = folder.Write(name, text);

        var error = Assert.Single(Assert.Throws<InputException>(() => TestSetLoader.Load(path)).Errors);

        AssertError(error, path, 0, "file", "1 件もありません");
    }

    [Fact]
    public void Rejects_a_knowledge_folder_that_does_not_exist()
    {
        string path = folder.Write("items.jsonl", GoldLines.Jsonl(GoldLines.Valid()));

        var error = Assert.Single(Assert.Throws<InputException>(() => TestSetLoader.Load(path, folder.File("no-such-folder"))).Errors);

        AssertError(error, path, 0, "knowledge", "知識フォルダが見つかりません");
    }
}
