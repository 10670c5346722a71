namespace GaiEval.Tests.Cli.Aot;

using System.Text.Json;
using System.Text.Json.Nodes;

/// <summary>
/// A JSON report without what measured response times decide: members named for latency, and objects (criteria and their
/// estimates) whose metric is a latency. Two runs of the same plan agree on everything else.
/// </summary>
public static class LatencyFreeJson
{
    public static string Of(string json) =>
        Strip(JsonNode.Parse(json))?.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) ?? "null";

    private static JsonNode? Strip(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject members:
                foreach (string name in members.Select(m => m.Key).ToList())
                {
                    if (name.Contains("latency", StringComparison.Ordinal) || IsLatencyMetric(members[name]))
                    {
                        members.Remove(name);
                    }
                    else
                    {
                        Strip(members[name]);
                    }
                }

                break;
            case JsonArray items:
                foreach (JsonNode? item in items.Where(IsLatencyMetric).ToList())
                {
                    items.Remove(item);
                }

                foreach (JsonNode? item in items)
                {
                    Strip(item);
                }

                break;
        }

        return node;
    }

    private static bool IsLatencyMetric(JsonNode? node) =>
        node is JsonObject item && item["metric"] is JsonValue metric && metric.TryGetValue(out string? name)
        && name.Contains("latency", StringComparison.Ordinal);
}
