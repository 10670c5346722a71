namespace GaiEval.Tests.Cli;

using System.Text.Json;
using GaiEval.Tests.Support;

/// <summary>
/// A vendor round with three submissions: two endpoints on one loopback OpenAI-compatible server (an honest model and a
/// copier that answers public items with the published references and completes their halves) and one answers file.
/// The test set has 12 public, 12 hidden and 2 private items, each decided by one must_include keyword. On the hidden
/// items the honest model is right 10 times and the copier 9 times: too close for the data to separate them.
/// </summary>
public static class RoundScenario
{
    public const string Round = "2026-第1回";

    public const string HonestModel = "honest-model";

    public const string CopierModel = "copier-model";

    public static IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["VENDOR_A_KEY"] = "sk-vendor-a-0000",
        ["VENDOR_B_KEY"] = "sk-vendor-b-0000",
    };

    public static IReadOnlyList<Item> Items { get; } =
    [
        .. Enumerable.Range(1, 12).Select(i => Make("public", $"p{i:00}", i)),
        .. Enumerable.Range(1, 12).Select(i => Make("hidden", $"h{i:00}", 100 + i)),
        .. Enumerable.Range(1, 2).Select(i => Make("private", $"v{i:00}", 200 + i)),
    ];

    /// <summary>Writes the test set, the round's plan and the three submissions; returns the plan's path.</summary>
    public static string Write(TempFolder folder, Uri endpoint)
    {
        folder.Write("set/items.jsonl", string.Join("\n", Items.Select(ItemLine)) + "\n");
        string plan = folder.Write("set/round-plan.yaml", """
            name: 汐見野区 窓口案内AI 調達評価
            testset: items.jsonl
            repeats: 1
            round:
              system_prompt: あなたは汐見野区の窓口案内の担当です。区の手続きを正確に答えてください。
              temperature: 0
              max_output_tokens: 400
              limits: { concurrency: 2, retries: 1, timeout_s: 20 }
              clearance: internal
              seed: 20261203
              completion_probes: 6
            criteria:
              - { metric: accuracy, op: ">=", value: 0.5, why: 正答率が半分に満たない案内は使えない }
            """);
        WriteEndpoint(folder, "a-honest", "正直AI株式会社", HonestModel, "VENDOR_A_KEY", endpoint);
        WriteEndpoint(folder, "b-copier", "写し取りAI合同会社", CopierModel, "VENDOR_B_KEY", endpoint);
        WriteManifest(folder, "c-file", "回答ファイル株式会社", "answers: answers.jsonl");
        folder.Write("subs/c-file/answers.jsonl", string.Join("\n", Items.Where(i => i.Split == "public").Select(i =>
            JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["id"] = i.Id,
                ["answer"] = i.Number == 12 ? "担当の窓口にお問い合わせください。" : $"{i.Topic}は本庁舎の{i.Keyword}で受け付けます。届出書をお持ちください。",
            }))) + "\n");
        return plan;
    }

    /// <summary>What the loopback server answers, by the model each endpoint names.</summary>
    public static Func<FakeOpenAiRequest, string> Answer(string publishedSet) => request =>
    {
        if (request.UserText.Contains("次の文章の続き", StringComparison.Ordinal))
        {
            return request.Model == CopierModel ? Continuation(publishedSet, request.UserText) : "その文章の続きは存じません。";
        }

        Item item = Items.Single(i => request.UserText.Contains(i.Question, StringComparison.Ordinal));
        if (request.Model == CopierModel && item.Split == "public")
        {
            return PublishedReferences(publishedSet)[item.Id];
        }

        int wrongFrom = request.Model == CopierModel ? 10 : 11;
        return item.Split == "hidden" && item.Number - 100 >= wrongFrom
            ? "恐れ入りますが、担当の窓口にお問い合わせください。"
            : $"{item.Topic}は本庁舎の{item.Keyword}で受け付けます。本人確認書類をお持ちください。";
    };

    private static string Continuation(string publishedSet, string prompt)
    {
        foreach (string reference in PublishedReferences(publishedSet).Values)
        {
            for (int length = reference.Length - 1; length >= 10; length--)
            {
                if (prompt.Contains(reference[..length], StringComparison.Ordinal))
                {
                    return reference[length..];
                }
            }
        }

        return "続きはありません。";
    }

    private static Dictionary<string, string> PublishedReferences(string publishedSet) =>
        File.ReadAllLines(publishedSet)
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("reference").GetString()!);

    private static void WriteEndpoint(TempFolder folder, string name, string vendor, string model, string keyEnv, Uri endpoint) =>
        WriteManifest(folder, name, vendor, $"""
            endpoint:
              adapter: openai
              endpoint: {endpoint}
              model: {model}
              api_key_env: {keyEnv}
            """);

    private static void WriteManifest(TempFolder folder, string name, string vendor, string answering) =>
        folder.Write($"subs/{name}/submission.yaml", $"""
            vendor: {vendor}
            product: 窓口案内AI（{name}）
            model: {name}-model
            model_version: 2026-11-01
            method: cloud
            deployment: {"{"} network: lgwan, data_location: domestic, retention_days: 0, training_use: false {"}"}
            hosting: 国内リージョンのクラウド
            contact: {"{"} name: 見本 花子, email: eval@example.co.jp {"}"}
            variants_tried: 1
            statement:
              text: 非公開の評価項目を用いて調整していません。
              signed_by: 見本 太郎
              date: 2026-11-20
            {answering}
            """);

    private static Item Make(string split, string id, int number)
    {
        string topic = $"手続き{number}番";
        string keyword = $"第{number}窓口";
        string question = $"【{split}問{number}】{topic}はどこの窓口で、何を持って行けばよいですか。";
        string reference = $"{topic}は本庁舎の{keyword}で受け付けます。受付は平日の8時30分から17時15分までで、本人確認書類と届出書{number}号をお持ちください。";
        return new Item(split, id, number, topic, keyword, question, reference);
    }

    private static string ItemLine(Item item) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["id"] = item.Id,
        ["category"] = item.Number % 2 == 0 ? "住民票・戸籍" : "税・保険",
        ["use"] = "対話生成",
        ["question"] = item.Question,
        ["reference"] = item.Reference,
        ["must_include"] = new[] { new[] { item.Keyword } },
        ["expect"] = "answer",
        ["sensitivity"] = "public",
        ["human_minutes"] = 5,
        ["review_minutes"] = 1,
        ["split"] = item.Split,
    });

    public sealed record Item(string Split, string Id, int Number, string Topic, string Keyword, string Question, string Reference);
}
