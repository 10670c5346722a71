namespace GaiEval.Benchmarks.Scale;

using System.Text.Json;
using System.Text.Json.Nodes;

/// <summary>
/// The promptfoo configuration of the items <c>scale-run</c> writes: one test an item, its question as the whole prompt,
/// sent by promptfoo's openai provider to the fake server with promptfoo's cache off, and graded by a JavaScript assertion
/// that applies the item's rules as GaiEval's correctness does (every must_include group, except for an item to refuse, and
/// no must_not_include string, after NFKC, case, space and thousands-separator normalisation) but without GaiEval's speech
/// act classification, so promptfoo's grading does less work than GaiEval's.
/// </summary>
public static class PromptfooConfig
{
    public const string FileName = "promptfooconfig.json";

    private const string CheckFile = "correct.js";

    // The rules go to the check as one JSON string: promptfoo would turn a test whose variable is a list of strings into one
    // test for each string.
    private const string Check = """
        const normalize = (text) => String(text ?? '').normalize('NFKC').toLowerCase().replace(/(\d),(?=\d{3})/g, '$1').replace(/\s+/g, '');

        module.exports = (output, context) => {
          const rules = JSON.parse(context.vars.rules);
          const answer = normalize(output);
          if (answer.length === 0) {
            return { pass: false, score: 0, reason: 'empty answer' };
          }

          const missing = rules.expect === 'refuse' ? [] : rules.must_include.filter((group) => !group.some((phrase) => answer.includes(normalize(phrase))));
          const forbidden = rules.must_not_include.filter((phrase) => answer.includes(normalize(phrase)));
          const pass = missing.length === 0 && forbidden.length === 0;
          return { pass, score: pass ? 1 : 0, reason: pass ? 'all rules hold' : `missing ${JSON.stringify(missing)}; forbidden ${JSON.stringify(forbidden)}` };
        };

        """;

    /// <summary>Writes the configuration and its check into <paramref name="folder"/>; returns the configuration's path.</summary>
    /// <param name="items">The JSONL test set <see cref="ScaleRun.WriteTestSet"/> wrote.</param>
    public static string Write(string items, Uri endpoint, int concurrency, string folder)
    {
        var tests = new JsonArray();
        foreach (string line in File.ReadLines(items).Where(l => l.Length > 0))
        {
            JsonObject item = JsonNode.Parse(line)!.AsObject();
            var rules = new JsonObject
            {
                ["expect"] = item["expect"]?.DeepClone(),
                ["must_include"] = item["must_include"]?.DeepClone() ?? new JsonArray(),
                ["must_not_include"] = item["must_not_include"]?.DeepClone() ?? new JsonArray(),
            };
            tests.Add(new JsonObject
            {
                ["description"] = item["id"]?.DeepClone(),
                ["vars"] = new JsonObject { ["question"] = item["question"]?.DeepClone(), ["rules"] = rules.ToJsonString() },
            });
        }

        var config = new JsonObject
        {
            ["description"] = "GaiEval scale-run items",
            ["prompts"] = new JsonArray("{{question}}"),
            ["providers"] = new JsonArray(new JsonObject
            {
                ["id"] = "openai:chat:gpt-scale",
                ["config"] = new JsonObject { ["apiBaseUrl"] = endpoint.AbsoluteUri.TrimEnd('/') },
            }),
            ["defaultTest"] = new JsonObject
            {
                ["assert"] = new JsonArray(new JsonObject { ["type"] = "javascript", ["value"] = "file://" + CheckFile }),
            },
            ["evaluateOptions"] = new JsonObject { ["maxConcurrency"] = concurrency, ["cache"] = false },
            ["tests"] = tests,
        };
        File.WriteAllText(Path.Combine(folder, CheckFile), Check);
        string path = Path.Combine(folder, FileName);
        File.WriteAllText(path, config.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return path;
    }
}
