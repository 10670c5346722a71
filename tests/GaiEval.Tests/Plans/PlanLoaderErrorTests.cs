namespace GaiEval.Tests.Plans;

using GaiEval.Core.Inputs;

public sealed class PlanLoaderErrorTests : IDisposable
{
    private const string Provider = """
          - id: p1
            method: cloud
            adapter: manual
        """;

    private readonly PlanFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Reports_a_yaml_syntax_error_as_one_error_with_its_line()
    {
        folder.SingleError("name: n\ntestset: items.jsonl\nproviders:\n  - id: p1\n    method: cloud\n     adapter: manual\n", 6, "yaml", "YAML の書き方");
    }

    [Fact]
    public void Reports_an_unclosed_bracket_with_its_line()
    {
        folder.SingleError("name: n\ntestset: items.jsonl\ncriteria: [1, 2\nproviders: []\n", 3, "yaml", "括弧");
    }

    [Fact]
    public void Reports_a_key_written_twice_as_a_yaml_error()
    {
        folder.SingleError(PlanFolder.Minimal + "name: again\n", 8, "yaml", "Duplicate key");
    }

    [Theory]
    [InlineData("")]
    [InlineData("- a\n- b\n")]
    [InlineData("just text\n")]
    public void Rejects_a_plan_that_is_not_a_mapping(string yaml)
    {
        InputError error = Assert.Single(folder.Errors(yaml));

        Assert.Equal("yaml", error.Field);
        Assert.Contains("name: ...", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_an_unknown_top_level_key_with_the_closest_known_key()
    {
        folder.SingleError(PlanFolder.Minimal + "repeat: 2\n", 8, "repeat", "「repeats」のことですか");
    }

    [Fact]
    public void Rejects_an_unknown_nested_key_with_the_closest_known_key()
    {
        folder.SingleError(PlanFolder.Minimal + "    limits:\n      concurency: 2\n", 9, "providers[0].limits.concurency", "「concurrency」のことですか");
    }

    [Fact]
    public void Rejects_an_unknown_provider_key_listing_the_known_ones_when_none_is_close()
    {
        folder.SingleError(PlanFolder.Minimal + "    favourite_food: 0\n", 8, "providers[0].favourite_food", "使える項目: id, name, method");
    }

    [Fact]
    public void Rejects_a_plan_without_a_name()
    {
        folder.SingleError("testset: items.jsonl\nproviders:\n" + Provider + "\nname: \"  \"\n", 6, "name", "name は必須");
    }

    [Fact]
    public void Rejects_a_plan_without_a_testset()
    {
        folder.SingleError("name: n\nproviders:\n" + Provider + "\n", 1, "testset", "testset は必須");
    }

    [Fact]
    public void Rejects_a_testset_that_does_not_exist_next_to_the_plan()
    {
        InputError error = folder.SingleError(PlanFolder.Minimal.Replace("items.jsonl", "missing.jsonl", StringComparison.Ordinal), 2, "testset", "見つかりません");

        Assert.Contains(folder.File("missing.jsonl"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_knowledge_folder_that_does_not_exist()
    {
        folder.SingleError(PlanFolder.Minimal + "knowledge: kb\n", 8, "knowledge", "知識フォルダが見つかりません");
    }

    [Theory]
    [InlineData("repeats: 0", "1 以上の整数")]
    [InlineData("repeats: two", "整数")]
    [InlineData("repeats: 1.5", "整数")]
    public void Rejects_repeats_that_are_not_a_positive_integer(string line, string expected)
    {
        folder.SingleError(PlanFolder.Minimal + line + "\n", 8, "repeats", expected);
    }

    [Fact]
    public void Rejects_a_cache_flag_that_is_not_true_or_false()
    {
        folder.SingleError(PlanFolder.Minimal + "cache: maybe\n", 8, "cache", "true または false");
    }

    [Theory]
    [InlineData("name: n\ntestset: items.jsonl\n", 1)]
    [InlineData("name: n\ntestset: items.jsonl\nproviders: []\n", 3)]
    public void Rejects_a_plan_without_providers(string yaml, int line)
    {
        folder.SingleError(yaml, line, "providers", "1 つ以上");
    }

    [Theory]
    [InlineData("Cloud_Mini")]
    [InlineData("クラウド")]
    [InlineData("a b")]
    public void Rejects_a_provider_id_outside_lower_case_letters_digits_and_hyphens(string id)
    {
        folder.SingleError(PlanFolder.Minimal.Replace("id: p1", $"id: \"{id}\"", StringComparison.Ordinal), 4, "providers[0].id", "英小文字・数字・-");
    }

    [Fact]
    public void Rejects_a_provider_without_an_id()
    {
        folder.SingleError("name: n\ntestset: items.jsonl\nproviders:\n  - name: x\n    method: cloud\n    adapter: manual\n", 4, "providers[0].id", "id は必須");
    }

    [Fact]
    public void Reports_a_duplicate_provider_id_on_the_later_line_naming_the_first()
    {
        folder.SingleError(PlanFolder.Minimal + Provider + "\n", 8, "providers[1].id", "最初は 4 行目");
    }

    [Fact]
    public void Rejects_an_unknown_method_listing_the_methods()
    {
        folder.SingleError(PlanFolder.Minimal.Replace("method: cloud", "method: saas", StringComparison.Ordinal), 6, "providers[0].method", "web-service / platform / cloud / on-prem / baseline");
    }

    [Fact]
    public void Rejects_a_misspelt_method_with_the_closest_method()
    {
        folder.SingleError(PlanFolder.Minimal.Replace("method: cloud", "method: onprem", StringComparison.Ordinal), 6, "providers[0].method", "「on-prem」のことですか");
    }

    [Fact]
    public void Rejects_a_provider_without_a_method()
    {
        folder.SingleError(PlanFolder.Minimal.Replace("    method: cloud\n", string.Empty, StringComparison.Ordinal), 4, "providers[0].method", "method は必須");
    }

    [Fact]
    public void Rejects_an_unknown_adapter_listing_the_adapters()
    {
        folder.SingleError(PlanFolder.Minimal.Replace("adapter: manual", "adapter: gemini", StringComparison.Ordinal), 7, "providers[0].adapter", "builtin-retrieval / openai / azure-openai / ollama / http / manual");
    }

    [Fact]
    public void Rejects_builtin_retrieval_without_the_plans_knowledge()
    {
        folder.SingleError(PlanFolder.Minimal.Replace("adapter: manual", "adapter: builtin-retrieval", StringComparison.Ordinal), 7, "providers[0].adapter", "knowledge");
    }

    [Fact]
    public void Rejects_rag_without_the_plans_knowledge()
    {
        folder.SingleError(PlanFolder.Minimal + "    rag: { top_k: 3 }\n", 8, "providers[0].rag", "knowledge");
    }

    [Theory]
    [InlineData("chunking: paragraphs", "chunking", "headings または fixed")]
    [InlineData("top_k: 0", "top_k", "1 以上")]
    [InlineData("chunk_size: 49", "chunk_size", "50 以上")]
    [InlineData("min_score: 1.5", "min_score", "0 以上 1 以下")]
    [InlineData("min_score: -0.1", "min_score", "0 以上 1 以下")]
    public void Rejects_retrieval_settings_out_of_range(string setting, string key, string expected)
    {
        string yaml = $"name: n\ntestset: items.jsonl\nknowledge: knowledge\nproviders:\n  - id: bm25\n    method: baseline\n    adapter: builtin-retrieval\n    retrieval:\n      {setting}\n";

        folder.SingleError(yaml, 9, $"providers[0].retrieval.{key}", expected);
    }

    [Theory]
    [InlineData("concurrency: 0", "concurrency", "1 以上")]
    [InlineData("rpm: 0", "rpm", "1 以上")]
    [InlineData("tpm: -5", "tpm", "1 以上")]
    [InlineData("timeout_s: 0", "timeout_s", "0 より大きい")]
    [InlineData("retries: -1", "retries", "0 以上")]
    public void Rejects_limits_that_are_not_positive(string setting, string key, string expected)
    {
        folder.SingleError(PlanFolder.Minimal + $"    limits:\n      {setting}\n", 9, $"providers[0].limits.{key}", expected);
    }

    [Fact]
    public void Rejects_a_negative_price()
    {
        folder.SingleError(PlanFolder.Minimal + "    pricing: { currency: USD, input_per_1m: -1 }\n", 8, "providers[0].pricing.input_per_1m", "0 以上");
    }

    [Fact]
    public void Rejects_an_unknown_clearance_listing_the_levels()
    {
        folder.SingleError(PlanFolder.Minimal + "    clearance: secret\n", 8, "providers[0].clearance", "public / internal / confidential");
    }

    [Theory]
    [InlineData("openai_api_key")]
    [InlineData("$OPENAI_API_KEY")]
    [InlineData("1KEY")]
    [InlineData("my-openai-key")]
    public void Rejects_an_api_key_env_that_is_not_a_variable_name(string value)
    {
        InputError error = folder.SingleError(PlanFolder.Minimal + $"    api_key_env: \"{value}\"\n", 8, "providers[0].api_key_env", "環境変数の名前");

        Assert.DoesNotContain("いけません", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sk-proj-AbCdEf1234567890")]
    [InlineData("sk-abc")]
    [InlineData("AKIAIOSFODNN7EXAMPLE")]
    [InlineData("3f9a8c7d6e5b4a3928171615141312ab")]
    [InlineData("ABCDEF0123456789ABCDEF0123456789")]
    [InlineData("a8F3kd9Qm2Lp0Zx7")]
    public void Refuses_a_key_written_into_the_plan_without_repeating_it(string key)
    {
        IReadOnlyList<InputError> errors = folder.Errors(PlanFolder.Minimal + $"    api_key_env: \"{key}\"\n");

        InputError error = Assert.Single(errors);
        Assert.Equal((8, "providers[0].api_key_env"), (error.Line, error.Field));
        Assert.Contains("環境変数", error.Message, StringComparison.Ordinal);
        Assert.Contains("plan に書いてはいけません", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_a_long_variable_name()
    {
        string yaml = PlanFolder.Minimal + "    api_key_env: MIDORI_WARD_AZURE_OPENAI_API_KEY_2025\n";

        Assert.Equal("MIDORI_WARD_AZURE_OPENAI_API_KEY_2025", Assert.Single(folder.Load(yaml).Providers).ApiKeyEnv);
    }

    [Theory]
    [InlineData("openai")]
    [InlineData("azure-openai")]
    [InlineData("ollama")]
    public void Requires_an_endpoint_and_a_model_for_model_adapters(string adapter)
    {
        IReadOnlyList<InputError> errors = folder.Errors(PlanFolder.Minimal.Replace("adapter: manual", $"adapter: {adapter}", StringComparison.Ordinal));

        Assert.Equal(
            [(4, "providers[0].endpoint"), (4, "providers[0].model")],
            errors.Select(error => (error.Line, error.Field)));
        Assert.All(errors, error => Assert.Contains(adapter, error.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Rejects_an_endpoint_that_is_not_an_http_url()
    {
        string yaml = PlanFolder.Minimal.Replace("adapter: manual", "adapter: openai\n    endpoint: api.openai.com/v1\n    model: m", StringComparison.Ordinal);

        folder.SingleError(yaml, 8, "providers[0].endpoint", "http://");
    }

    [Fact]
    public void Rejects_an_exchange_rate_that_is_not_a_number()
    {
        folder.SingleError(PlanFolder.Minimal + "economics:\n  exchange: { USD: 百五十 }\n", 9, "economics.exchange.USD", "数値");
    }

    [Fact]
    public void Rejects_a_negative_monthly_volume()
    {
        folder.SingleError(PlanFolder.Minimal + "economics:\n  hourly_cost: 4000\n  monthly_volume:\n    文書作成: -1\n", 11, "economics.monthly_volume.文書作成", "0 以上");
    }

    [Theory]
    [InlineData("\"=>\"")]
    [InlineData("\"==\"")]
    public void Rejects_a_criterion_operator_outside_the_four(string op)
    {
        folder.SingleError(PlanFolder.Minimal + $"criteria:\n  - metric: accuracy\n    op: {op}\n    value: 0.8\n", 10, "criteria[0].op", ">= / > / <= / <");
    }

    [Fact]
    public void Rejects_a_criterion_without_a_metric_or_a_value()
    {
        IReadOnlyList<InputError> errors = folder.Errors(PlanFolder.Minimal + "criteria:\n  - op: \">=\"\n");

        Assert.Equal([(9, "criteria[0].metric"), (9, "criteria[0].value")], errors.Select(error => (error.Line, error.Field)));
    }

    [Theory]
    [InlineData("everything", "all、category:業務分野、use:用途")]
    [InlineData("category:", "all、category:業務分野、use:用途")]
    [InlineData("use:翻訳", "文書作成")]
    public void Rejects_a_criterion_scope_outside_all_category_and_use(string scope, string expected)
    {
        folder.SingleError(PlanFolder.Minimal + $"criteria:\n  - {{ metric: accuracy, op: \">=\", value: 0.8, scope: \"{scope}\" }}\n", 9, "criteria[0].scope", expected);
    }

    [Fact]
    public void Rejects_a_key_written_into_an_http_header_without_echoing_it()
    {
        const string key = "sk-test-0123456789abcdefghijklmnop";
        string yaml = "name: n\ntestset: items.jsonl\nproviders:\n  - id: platform\n    method: platform\n    adapter: http\n"
            + "    endpoint: https://ai.example.lg.jp/ask\n    http:\n      headers: { Authorization: \"Bearer " + key + "\", X-Ward: shiomino }\n"
            + "      body: '{\"q\": \"{{question}}\"}'\n      answer_path: answer\n";

        InputError error = folder.SingleError(yaml, 9, "providers[0].http.headers.Authorization", "${環境変数名}");

        Assert.DoesNotContain(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_a_header_that_names_its_key_variable()
    {
        string yaml = "name: n\ntestset: items.jsonl\nproviders:\n  - id: platform\n    method: platform\n    adapter: http\n"
            + "    endpoint: https://ai.example.lg.jp/ask\n    http:\n      headers: { Authorization: \"Bearer ${PLATFORM_API_KEY}\" }\n"
            + "      body: '{\"q\": \"{{question}}\"}'\n      answer_path: answer\n";

        var plan = GaiEval.Core.Plans.PlanLoader.Load(folder.Write(yaml));

        Assert.Equal("Bearer ${PLATFORM_API_KEY}", plan.Providers[0].Http!.Headers["Authorization"]);
    }
}
