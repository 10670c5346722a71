namespace GaiEval.Tests.TestSets;

using System.Text.Json.Nodes;

/// <summary>Builds JSONL lines of gold items: a valid item, changed by the test.</summary>
internal static class GoldLines
{
    public static string Valid(string id = "q1", Action<JsonObject>? change = null)
    {
        var item = new JsonObject
        {
            ["id"] = id,
            ["category"] = "住民問合せ対応",
            ["use"] = "対話生成",
            ["question"] = "住民票の写しの手数料はいくらですか。",
            ["must_include"] = new JsonArray(new JsonArray("300円", "三百円")),
            ["human_minutes"] = 5,
            ["review_minutes"] = 1,
        };
        change?.Invoke(item);
        return item.ToJsonString();
    }

    public static string Jsonl(params string[] lines) => string.Join("\n", lines) + "\n";
}
