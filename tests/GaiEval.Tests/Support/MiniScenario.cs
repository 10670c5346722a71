namespace GaiEval.Tests.Support;

using System.Globalization;
using System.Text;

/// <summary>Writes a small, valid scenario (knowledge base, gold set, plan) into a temp folder.</summary>
public static class MiniScenario
{
    public const string Knowledge = """
        ---
        title: 窓口案内
        所管課: 区民課
        更新日: 2026-04-01
        対象: 区民
        ---
        ## 住民票の写し
        ### 手数料
        住民票の写しは1通300円です。区民課の窓口と出張所で取得できます。
        ### 受付時間
        平日8時30分から17時15分まで受け付けています。
        ## 印鑑登録
        ### 必要なもの
        印鑑登録には登録する印鑑と本人確認書類が必要です。
        """;

    /// <summary>Writes the scenario and returns the plan's path.</summary>
    public static string Write(TempFolder folder, int items, string providers)
    {
        folder.Write("knowledge/madoguchi.md", Knowledge);
        var lines = new StringBuilder();
        for (int i = 1; i <= items; i++)
        {
            string question = (i % 3) switch
            {
                0 => "住民票の写しの手数料はいくらですか。",
                1 => "住民票の受付時間を教えてください。",
                _ => "印鑑登録に必要なものは何ですか。",
            };
            string answer = (i % 3) switch
            {
                0 => "300円",
                1 => "8時30分",
                _ => "本人確認書類",
            };
            lines.AppendLine(CultureInfo.InvariantCulture, $$"""{"id":"q{{i:000}}","category":"住民票・戸籍","use":"対話生成","question":"{{question}}","reference":"{{answer}}です。","must_include":[["{{answer}}"]],"human_minutes":5,"review_minutes":1,"sources":["madoguchi.md"]}""");
        }

        folder.Write("items.jsonl", lines.ToString());
        return folder.Write("plan.yaml", $"""
            name: テスト計画
            testset: items.jsonl
            knowledge: knowledge
            providers:
            {providers}
            """);
    }

    public static string RetrievalProvider(string id, string extra = "") => $"""
          - id: {id}
            name: 検索ベースライン
            method: baseline
            adapter: builtin-retrieval
            retrieval: {"{"} chunking: headings, top_k: 1 {"}"}
            clearance: confidential
        {extra}
        """;

    /// <summary>One OpenAI-compatible cloud provider that makes one call at a time and never retries.</summary>
    public static string SerialCloudProvider(Uri endpoint, string apiKeyVariable) => $"""
          - id: cloud
            name: クラウド
            method: cloud
            adapter: openai
            endpoint: {endpoint}
            model: gpt-test
            api_key_env: {apiKeyVariable}
            limits: {"{"} concurrency: 1, retries: 0 {"}"}
        """;
}
