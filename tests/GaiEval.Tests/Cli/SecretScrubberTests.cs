namespace GaiEval.Tests.Cli;

using System.Collections;
using GaiEval.Cli.Console;

/// <summary>What the internal-error log blanks before it is written.</summary>
public sealed class SecretScrubberTests
{
    [Theory]
    [InlineData("Authorization: Bearer abc.def-ghi_123", "Authorization: Bearer ***")]
    [InlineData("api-key: 0123456789abcdef", "api-key: ***")]
    [InlineData("\"Ocp-Apim-Subscription-Key\":\"k3y-value\"", "\"Ocp-Apim-Subscription-Key\":\"***\"")]
    [InlineData("Server=db;User Id=gaieval;Password=hunter22;Database=x", "Server=db;User Id=gaieval;Password=***;Database=x")]
    [InlineData("https://user:pa55@example.lg.jp/api", "https://***@example.lg.jp/api")]
    [InlineData("https://example.lg.jp/api?api-key=s3cr3t&x=1", "https://example.lg.jp/api?api-key=***&x=1")]
    [InlineData("住民票の写しは1通300円です。", "住民票の写しは1通300円です。")]
    public void Known_secret_shapes_are_blanked_and_ordinary_text_is_not(string text, string expected) =>
        Assert.Equal(expected, SecretScrubber.Scrub(text, new Hashtable()));

    [Fact]
    public void Values_of_key_variables_are_blanked_by_name_or_by_shape_and_paths_are_kept()
    {
        var environment = new Hashtable
        {
            ["MY_SERVICE_TOKEN"] = "short-but-named",
            ["LLM"] = "a1B2c3D4e5F6g7H8i9J0k",
            ["HOME"] = "/home/staff01/projects2026",
            ["PWD"] = "/work/gaieval-checkout",
            ["DB_PWD"] = "hunter22hunter",
        };

        string scrubbed = SecretScrubber.Scrub(
            "t=short-but-named l=a1B2c3D4e5F6g7H8i9J0k h=/home/staff01/projects2026 w=/work/gaieval-checkout d=hunter22hunter", environment);

        Assert.Equal("t=*** l=*** h=/home/staff01/projects2026 w=/work/gaieval-checkout d=***", scrubbed);
    }
}
