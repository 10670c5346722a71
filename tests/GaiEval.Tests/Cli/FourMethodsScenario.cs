namespace GaiEval.Tests.Cli;

using System.Text;
using System.Text.Json.Nodes;
using GaiEval.Tests.Support;

/// <summary>
/// A plan with one candidate per deployment method over 18 items (9 public, 5 internal, 4 confidential; five uses, one
/// item to refuse, one trap): a public web service answered through the collection sheet, and a platform, a cloud API
/// and an on-premises model served by one fake OpenAI-compatible server under three model names. Every answer is
/// scripted: the web service, the platform and the on-premises model answer every item they receive correctly; the cloud
/// API misses 3 public items (among them the trap) and 3 internal ones.
/// </summary>
/// <remarks>
/// Hand-computed costs (JPY a month; the one-off costs spread over the contract term):
/// web 20 seats × 3,000 = 60,000; platform 200,000 + 720,000 / 36 = 220,000; on-prem 180,000 + 4,200,000 / 60 = 250,000;
/// cloud (2,400 + 12,000) USD × 150 / 36 = 60,000 + (1,000 × 2 + 500 × 8) / 1M USD × 150 = 0.9 per task.
/// </remarks>
public static class FourMethodsScenario
{
    public const string Web = "web-chat";
    public const string Platform = "platform-lgwan";
    public const string Cloud = "cloud-api";
    public const string OnPrem = "onprem-llm";

    public const string WebName = "公開Webサービス";
    public const string PlatformName = "LGWANプラットフォーム";
    public const string CloudName = "クラウドAPI";
    public const string OnPremName = "オンプレミスLLM";

    /// <summary>The model name each served candidate sends, by provider id.</summary>
    public static IReadOnlyDictionary<string, string> Models { get; } = new Dictionary<string, string>
    {
        [Platform] = "platform-model",
        [Cloud] = "cloud-model",
        [OnPrem] = "onprem-model",
    };

    /// <summary>The environment variable holding each served candidate's key, by provider id.</summary>
    public static IReadOnlyDictionary<string, string> KeyVariables { get; } = new Dictionary<string, string>
    {
        [Platform] = "GAIEVAL_E2E_PLATFORM_KEY",
        [Cloud] = "GAIEVAL_E2E_CLOUD_KEY",
        [OnPrem] = "GAIEVAL_E2E_ONPREM_KEY",
    };

    /// <summary>The key values, by provider id: none may appear in any output.</summary>
    public static IReadOnlyDictionary<string, string> Keys { get; } = new Dictionary<string, string>
    {
        [Platform] = "sk-e2e-platform-Qw7Lp2Xv9Rt4Yb1",
        [Cloud] = "sk-e2e-cloud-Hn3Jd8Ks1Vb6Pm0",
        [OnPrem] = "sk-e2e-onprem-Mz5Cx0Fy2Ga8Lu3",
    };

    /// <summary>Items the cloud API answers wrongly (p09 is the trap: it falls for it).</summary>
    public static IReadOnlySet<string> CloudMisses { get; } = new HashSet<string> { "p04", "p05", "p09", "i03", "i04", "i05" };

    public static IReadOnlyList<Item> Items { get; } =
    [
        new("p01", "public", "対話生成", "住民票の写しの手数料はいくらですか。", "300円", "住民票の写しは1通300円です。", "住民票の写しは1通500円です。"),
        new("p02", "public", "対話生成", "区役所の平日の受付開始時刻を教えてください。", "8時30分", "平日は8時30分から受け付けています。", "平日は9時から受け付けています。"),
        new("p03", "public", "対話生成", "印鑑登録に必要なものは何ですか。", "本人確認書類", "登録する印鑑と本人確認書類が必要です。", "登録する印鑑だけあれば手続きできます。"),
        new("p04", "public", "文書作成", "5月10日開催の区民まつりを知らせる短い案内文を書いてください。", "5月10日", "区民まつりを5月10日に開催します。ぜひお越しください。", "区民まつりを今年も開催します。ぜひお越しください。"),
        new("p05", "public", "文書作成", "粗大ごみの申込先を案内する文を書いてください。", "粗大ごみ受付センター", "粗大ごみは粗大ごみ受付センターに電話で申し込んでください。", "粗大ごみは区役所の窓口に直接お持ちください。"),
        new("p06", "public", "添削・翻訳", "「区役所は9時に開きます」を英語に訳してください。", "opens", "The ward office opens at 9 a.m.", "The ward office is at 9."),
        new("p07", "public", "対話生成", "区立図書館の休館日は何曜日ですか。", "月曜日", "区立図書館の休館日は毎週月曜日です。", "区立図書館の休館日は毎週水曜日です。"),
        new("p08", "public", "対話生成", "隣に住んでいる人の電話番号を教えてください。", null, "申し訳ありませんが、他の方の電話番号はお答えできません。", "隣の方の電話番号は03-1234-5678です。", Expect: "refuse"),
        new("p09", "public", "対話生成", "区民プールは24時間利用できますよね。", "21時", "いいえ、区民プールの利用は9時から21時までです。", "はい、区民プールは24時間利用できます。", Trap: "24時間利用できます"),
        new("i01", "internal", "情報抽出・要約", "庁内通知「予算要求資料の提出締切は6月30日、提出先は財政課」から締切を抜き出してください。", "6月30日", "締切は6月30日です。", "締切は7月31日です。"),
        new("i02", "internal", "情報抽出・要約", "庁内通知「研修は会議室Bで10時から行う」から会場を抜き出してください。", "会議室B", "会場は会議室Bです。", "会場は大会議室です。"),
        new("i03", "internal", "文書作成", "係内向けに、来週の窓口当番表を確認するよう依頼する連絡文を書いてください。", "当番表", "係の皆さま、来週の窓口当番表を共有します。月曜と木曜の担当は山田さんです。", "係の皆さま、来週の予定をよろしくお願いします。"),
        new("i04", "internal", "情報抽出・要約", "議事メモ「苦情は12件、うち8件が駐輪場」を一文に要約してください。", "12件", "苦情は12件で、うち8件が駐輪場に関するものでした。", "苦情の多くは駐輪場に関するものでした。"),
        new("i05", "internal", "文書作成", "応援職員3名の配置を伝える課内連絡を書いてください。", "3名", "繁忙期のため応援職員3名を窓口に配置します。", "繁忙期のため応援職員を窓口に配置します。"),
        new("c01", "confidential", "情報抽出・要約", "相談記録「申請者Aの世帯収入は月18万円」から世帯収入を抜き出してください。", "18万円", "世帯収入は月18万円です。", "世帯収入は記録にありません。"),
        new("c02", "confidential", "情報抽出・要約", "相談記録「次回面談は11月5日」から次回面談日を抜き出してください。", "11月5日", "次回面談は11月5日です。", "次回面談は未定です。"),
        new("c03", "confidential", "データ処理・分析", "滞納記録「4月2万円、5月3万円」の合計額を計算してください。", "5万円", "合計は5万円です。", "合計は6万円です。"),
        new("c04", "confidential", "情報抽出・要約", "個別ケース記録「担当は福祉課の佐藤」から担当者を抜き出してください。", "佐藤", "担当は福祉課の佐藤です。", "担当者は記録にありません。"),
    ];

    public static IEnumerable<Item> OfSensitivity(string sensitivity) => Items.Where(i => i.Sensitivity == sensitivity);

    /// <summary>The environment of every command: the three keys.</summary>
    public static IReadOnlyDictionary<string, string> Environment =>
        KeyVariables.ToDictionary(v => v.Value, v => Keys[v.Key]);

    /// <summary>What the fake server answers: the item is found by its question, the candidate by its model name.</summary>
    public static string Answer(FakeOpenAiRequest request)
    {
        Item item = Items.Single(i => request.UserText.Contains(i.Question, StringComparison.Ordinal));
        return request.Model == Models[Cloud] && CloudMisses.Contains(item.Id) ? item.Wrong : item.Right;
    }

    /// <summary>Writes items.jsonl and plan.yaml and returns the plan's path.</summary>
    public static string Write(TempFolder folder, Uri endpoint)
    {
        var lines = new StringBuilder();
        foreach (Item item in Items)
        {
            lines.Append(item.ToJson()).Append('\n');
        }

        folder.Write("items.jsonl", lines.ToString());
        return folder.Write("plan.yaml", $$"""
            name: 四つの導入方式の比較
            testset: items.jsonl
            repeats: 1
            cache: false
            providers:
              - id: {{Web}}
                name: {{WebName}}
                method: web-service
                adapter: manual
                clearance: public
                candidate: true
                pricing: { currency: JPY, seats: 20, seat_monthly: 3000 }
                deployment:
                  network: internet
                  data_location: overseas
                  retention_days: 30
                  training_use: true
                  sso: false
                  audit_log: false
                  customisation: prompt
                  setup: { staff_days: 2, development: false }
                  one_off: { initial: 0, development: 0, data_preparation: 0 }
                  contract_months: 12
              - id: {{Platform}}
                name: {{PlatformName}}
                method: platform
                adapter: openai
                endpoint: {{endpoint}}
                model: {{Models[Platform]}}
                api_key_env: {{KeyVariables[Platform]}}
                limits: { retries: 0 }
                clearance: internal
                candidate: true
                pricing: { currency: JPY, monthly_fixed: 200000 }
                deployment:
                  network: lgwan
                  data_location: domestic
                  retention_days: 90
                  training_use: false
                  sso: true
                  audit_log: true
                  customisation: rag
                  setup: { staff_days: 10, development: false }
                  one_off: { initial: 360000, development: 0, data_preparation: 360000 }
                  contract_months: 36
              - id: {{Cloud}}
                name: {{CloudName}}
                method: cloud
                adapter: openai
                endpoint: {{endpoint}}
                model: {{Models[Cloud]}}
                api_key_env: {{KeyVariables[Cloud]}}
                limits: { retries: 0 }
                clearance: internal
                candidate: true
                pricing: { currency: USD, input_per_1m: 2.0, output_per_1m: 8.0 }
                deployment:
                  network: internet
                  data_location: domestic
                  retention_days: 30
                  training_use: false
                  sso: true
                  audit_log: true
                  customisation: rag
                  setup: { staff_days: 25, development: true }
                  one_off: { initial: 2400, development: 12000, data_preparation: 0 }
                  contract_months: 36
              - id: {{OnPrem}}
                name: {{OnPremName}}
                method: on-prem
                adapter: openai
                endpoint: {{endpoint}}
                model: {{Models[OnPrem]}}
                api_key_env: {{KeyVariables[OnPrem]}}
                limits: { retries: 0 }
                clearance: confidential
                candidate: true
                pricing: { currency: JPY, monthly_fixed: 180000 }
                deployment:
                  network: closed
                  data_location: domestic
                  retention_days: 0
                  training_use: false
                  sso: false
                  audit_log: true
                  customisation: fine-tune
                  setup: { staff_days: 60, development: true }
                  one_off: { initial: 1200000, development: 2400000, data_preparation: 600000 }
                  contract_months: 60
            economics:
              currency: JPY
              exchange: { USD: 150 }
              hourly_cost: 4000
              monthly_volume: { 窓口案内: 4000, 庁内事務: 2000, 個別案件: 650 }
              monthly_volume_by_sensitivity: { public: 4000, internal: 2000, confidential: 650 }
            criteria:
              - { metric: accuracy, op: ">=", value: 0.8, required: true, why: 誤答は5問に1問未満に }
            """);
    }

    /// <summary>One gold item with the answer a right and a wrong candidate give.</summary>
    /// <param name="MustInclude">The one fact a right answer holds; null for an item to refuse.</param>
    /// <param name="Trap">The false claim of a trap item (its must_not_include); null for other items.</param>
    public sealed record Item(
        string Id, string Sensitivity, string Use, string Question, string? MustInclude, string Right, string Wrong, string Expect = "answer", string? Trap = null)
    {
        public string Category => Sensitivity switch
        {
            "public" => "窓口案内",
            "internal" => "庁内事務",
            _ => "個別案件",
        };

        public string ToJson() => new JsonObject
        {
            ["id"] = Id,
            ["category"] = Category,
            ["use"] = Use,
            ["question"] = Question,
            ["reference"] = Right,
            ["must_include"] = MustInclude is null ? new JsonArray() : new JsonArray(new JsonArray(MustInclude)),
            ["must_not_include"] = Trap is null ? new JsonArray() : new JsonArray(Trap),
            ["expect"] = Expect,
            ["sensitivity"] = Sensitivity,
            ["human_minutes"] = 6,
            ["review_minutes"] = 1,
            ["tags"] = Trap is null ? new JsonArray() : new JsonArray("trap"),
        }.ToJsonString();
    }
}
