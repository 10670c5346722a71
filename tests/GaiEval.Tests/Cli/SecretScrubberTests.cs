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
    // The parameter names the endpoint check refuses in a plan are blanked in the log too (one list for both).
    [InlineData("https://blob.example.jp/c?sv=2024&sas_token=abc123&X-Amz-Signature=f00d", "https://blob.example.jp/c?sv=2024&sas_token=***&X-Amz-Signature=***")]
    [InlineData("http://127.0.0.1:5000/v1?subscription%2Dkey=k3y&page=2", "http://127.0.0.1:5000/v1?subscription%2Dkey=***&page=2")]
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
