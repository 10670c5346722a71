namespace GaiEval.Tests.Inputs;

using GaiEval.Core.Inputs;

public sealed class ClosestNameTests
{
    private static readonly string[] Known = ["id", "use", "tags", "must_include", "must_not_include", "top_k", "timeout_s", "concurrency", "model"];

    [Theory]
    [InlineData("must_includes", "must_include")]
    [InlineData("mustInclude", "must_include")]
    [InlineData("top-k", "top_k")]
    [InlineData("TopK", "top_k")]
    [InlineData("timeout", "timeout_s")]
    [InlineData("cocurrency", "concurrency")]
    [InlineData("modle", "model")]
    [InlineData("ID", "id")]
    public void Suggests_the_name_a_misspelling_was_meant_to_be(string unknown, string expected)
    {
        Assert.Equal(expected, ClosestName.Find(unknown, Known));
    }

    [Theory]
    [InlineData("name")]
    [InlineData("temperature")]
    [InlineData("x")]
    public void Suggests_nothing_when_no_name_is_near(string unknown)
    {
        Assert.Null(ClosestName.Find(unknown, Known));
    }
}
