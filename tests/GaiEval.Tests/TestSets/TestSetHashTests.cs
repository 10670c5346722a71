namespace GaiEval.Tests.TestSets;

using System.Security.Cryptography;
using System.Text.Json;
using GaiEval.Tests.Support;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.TestSets;

public sealed class TestSetHashTests
{
    [Fact]
    public void The_hash_is_sha256_of_the_items_as_one_json_array_as_stored_runs_recorded_it()
    {
        GoldItem[] items =
        [
            .. Enumerable.Range(1, 3000).Select(i => new GoldItem
            {
                Id = $"q-{i}",
                Category = "住民票・戸籍",
                Use = ItemUses.Dialogue,
                Question = $"住民票の写しの手数料はいくらですか（{i}）",
                Reference = new string('円', i % 50),
                MustInclude = [["300円"], ["区民課", "窓口"]],
            }),
        ];

        string expected = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(items, ReflectionJson.Options)));

        Assert.Equal(expected, TestSetHash.Compute(items));
        Assert.NotEqual(expected, TestSetHash.Compute(items[..^1]));
    }
}
