namespace GaiEval.Tests.Plans;

using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;

public sealed class PlanLoaderTests : IDisposable
{
    private readonly PlanFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Loads_every_field_of_a_full_plan_and_resolves_paths_against_its_folder()
    {
        string planPath = folder.Write("""
            name: みどり区 住民問合せ PoC 第1回
            testset: ../items.jsonl
            knowledge: ../knowledge
            repeats: 3
            cache: true
            providers:
              - id: bm25-headings
                name: 検索ベースライン（見出し分割）
                method: baseline
                adapter: builtin-retrieval
                retrieval: { chunking: fixed, top_k: 2, chunk_size: 200, min_score: 0.25 }
                clearance: confidential
                candidate: false
              - id: cloud-mini
                name: クラウド（OpenAI互換API）
                method: cloud
                adapter: openai
                endpoint: https://api.openai.com/v1
                model: gpt-4o-mini
                api_key_env: OPENAI_API_KEY
                system_prompt: あなたはみどり区の職員として…
                rag: { top_k: 4, chunking: headings }
                limits: { concurrency: 8, rpm: 500, tpm: 200000, timeout_s: 60, retries: 3 }
                pricing: { currency: USD, input_per_1m: 0.15, output_per_1m: 0.60, monthly_fixed: 0 }
                clearance: internal
                candidate: true
                tokenizer: cl100k_base
              - id: onprem
                method: on-prem
                adapter: ollama
                endpoint: http://127.0.0.1:11434
                model: qwen2.5:7b
            economics:
              currency: JPY
              exchange: { USD: 150 }
              hourly_cost: 4000
              monthly_volume: { 住民問合せ対応: 3000, 文書作成: 400 }
            criteria:
              - { metric: accuracy, op: ">=", value: 0.85, required: true, why: 窓口案内として誤答は1割未満に }
              - { metric: latency_p95_s, op: "<", value: 10, required: false, scope: "use:対話生成" }
              - { metric: accuracy, op: ">", value: 0.8, scope: "category:住民問合せ対応" }
            """, "plans/plan.yaml");

        EvalPlan plan = PlanLoader.Load(planPath);

        Assert.Equal("みどり区 住民問合せ PoC 第1回", plan.Name);
        Assert.Equal(Path.GetFullPath(planPath), plan.PlanFile);
        Assert.Equal(Path.GetFullPath(folder.File("items.jsonl")), plan.TestSet);
        Assert.Equal(Path.GetFullPath(folder.File("knowledge")), plan.Knowledge);
        Assert.Equal(3, plan.Repeats);
        Assert.True(plan.Cache);
        Assert.Equal(["bm25-headings", "cloud-mini", "onprem"], plan.Providers.Select(provider => provider.Id));

        ProviderProfile baseline = plan.Providers[0];
        Assert.Equal("検索ベースライン（見出し分割）", baseline.Name);
        Assert.Equal(DeploymentMethod.Baseline, baseline.Method);
        Assert.Equal("builtin-retrieval", baseline.Adapter);
        Assert.Equal(new RetrievalSettings { Chunking = "fixed", TopK = 2, ChunkSize = 200, MinScore = 0.25 }, baseline.Retrieval);
        Assert.Equal(Sensitivity.Confidential, baseline.Clearance);
        Assert.False(baseline.Candidate);
        Assert.Null(baseline.Rag);
        Assert.Equal("o200k_base", baseline.Tokenizer);

        ProviderProfile cloud = plan.Providers[1];
        Assert.Equal(DeploymentMethod.Cloud, cloud.Method);
        Assert.Equal("openai", cloud.Adapter);
        Assert.Equal("https://api.openai.com/v1", cloud.Endpoint);
        Assert.Equal("gpt-4o-mini", cloud.Model);
        Assert.Equal("OPENAI_API_KEY", cloud.ApiKeyEnv);
        Assert.Equal("あなたはみどり区の職員として…", cloud.SystemPrompt);
        Assert.Equal(new RetrievalSettings { Chunking = "headings", TopK = 4, MinScore = 0 }, cloud.Rag); // rag has no relevance floor by default
        Assert.Null(cloud.Retrieval);
        Assert.Equal(new ProviderLimits { Concurrency = 8, Rpm = 500, Tpm = 200000, TimeoutS = 60, Retries = 3 }, cloud.Limits);
        Assert.Equal(new Pricing { Currency = "USD", InputPer1M = 0.15, OutputPer1M = 0.60, MonthlyFixed = 0 }, cloud.Pricing);
        Assert.Equal(Sensitivity.Internal, cloud.Clearance);
        Assert.True(cloud.Candidate);
        Assert.Equal("cl100k_base", cloud.Tokenizer);

        ProviderProfile onPrem = plan.Providers[2];
        Assert.Equal(DeploymentMethod.OnPrem, onPrem.Method);
        Assert.Equal("onprem", onPrem.Name);
        Assert.Equal(new ProviderLimits(), onPrem.Limits);
        Assert.Equal(Sensitivity.Public, onPrem.Clearance);
        Assert.Null(onPrem.Pricing);

        Economics economics = Assert.IsType<Economics>(plan.Economics);
        Assert.Equal("JPY", economics.Currency);
        Assert.Equal(150, economics.Exchange["USD"]);
        Assert.Equal(4000, economics.HourlyCost);
        Assert.Equal(3000, economics.MonthlyVolume["住民問合せ対応"]);
        Assert.Equal(400, economics.MonthlyVolume["文書作成"]);

        Assert.Equal(
            [
                new Criterion { Metric = "accuracy", Op = ">=", Value = 0.85, Required = true, Why = "窓口案内として誤答は1割未満に" },
                new Criterion { Metric = "latency_p95_s", Op = "<", Value = 10, Required = false, Scope = "use:対話生成" },
                new Criterion { Metric = "accuracy", Op = ">", Value = 0.8, Scope = "category:住民問合せ対応" },
            ],
            plan.Criteria);
    }

    [Fact]
    public void Applies_defaults_to_a_minimal_plan()
    {
        EvalPlan plan = folder.Load(PlanFolder.Minimal);

        Assert.Equal(1, plan.Repeats);
        Assert.False(plan.Cache);
        Assert.Null(plan.Knowledge);
        Assert.Null(plan.Economics);
        Assert.Empty(plan.Criteria);
        ProviderProfile provider = Assert.Single(plan.Providers);
        Assert.Equal("方式1", provider.Name);
        Assert.Equal(Sensitivity.Public, provider.Clearance);
        Assert.False(provider.Candidate);
    }

    [Fact]
    public void Gives_builtin_retrieval_default_settings_when_none_are_written()
    {
        EvalPlan plan = folder.Load("""
            name: n
            testset: items.jsonl
            knowledge: knowledge
            providers:
              - { id: bm25, method: baseline, adapter: builtin-retrieval }
            """);

        Assert.Equal(new RetrievalSettings(), Assert.Single(plan.Providers).Retrieval);
    }

    [Fact]
    public void Rejects_a_plan_file_that_does_not_exist()
    {
        string path = folder.File("nothing.yaml");

        InputError error = Assert.Single(Assert.Throws<InputException>(() => PlanLoader.Load(path)).Errors);

        Assert.Equal((path, 0, "file"), (error.File, error.Line, error.Field));
    }

    [Fact]
    public void Reports_every_error_at_once()
    {
        IReadOnlyList<InputError> errors = folder.Errors("""
            name: n
            testset: items.jsonl
            repeats: 0
            providers:
              - id: P1
                method: cloud
                adapter: manual
                limits: { concurrency: 0 }
            criteria:
              - { metric: accuracy, op: "=>", value: 0.9 }
            """);

        Assert.Equal(
            [(3, "repeats"), (5, "providers[0].id"), (8, "providers[0].limits.concurrency"), (10, "criteria[0].op")],
            errors.Select(error => (error.Line, error.Field)));
    }
}
