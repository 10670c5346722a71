namespace GaiEval.Core.Plans;

/// <summary>The keys allowed in each mapping of a plan (snake_case, as in DESIGN.md's plan example).</summary>
internal static class PlanKeys
{
    public static IReadOnlyList<string> Root { get; } =
        ["name", "testset", "knowledge", "repeats", "cache", "providers", "judges", "economics", "criteria", "kpi", "risk", "round"];

    public static IReadOnlyList<string> Round { get; } =
        ["system_prompt", "temperature", "max_output_tokens", "rag", "limits", "clearance", "seed", "completion_probes"];

    public static IReadOnlyList<string> Risk { get; } = ["probes", "allowed_domains", "public_values", "canaries"];

    public static IReadOnlyList<string> ProbeSet { get; } = ["name", "items", "knowledge", "system_prompt_canary", "canaries"];

    public static IReadOnlyList<string> Provider { get; } =
    [
        "id", "name", "method", "adapter", "endpoint", "model", "api_key_env", "system_prompt",
        "retrieval", "rag", "limits", "pricing", "clearance", "candidate", "tokenizer", "api_version", "temperature",
        "max_output_tokens", "http", "deployment", "answers",
    ];

    public static IReadOnlyList<string> Retrieval { get; } = ["chunking", "top_k", "chunk_size", "min_score"];

    public static IReadOnlyList<string> Http { get; } =
        ["method", "headers", "body", "answer_path", "input_tokens_path", "output_tokens_path"];

    public static IReadOnlyList<string> Limits { get; } = ["concurrency", "rpm", "tpm", "timeout_s", "retries"];

    public static IReadOnlyList<string> Pricing { get; } =
    [
        "currency", "input_per_1m", "output_per_1m", "monthly_fixed", "seats", "seat_monthly", "licence_monthly",
        "server_price", "server_life_months", "operations_monthly",
    ];

    public static IReadOnlyList<string> Deployment { get; } =
    [
        "network", "data_location", "retention_days", "training_use", "sso", "audit_log", "customisation", "setup",
        "one_off", "contract_months", "clearance_reason",
    ];

    public static IReadOnlyList<string> DeploymentSetup { get; } = ["staff_days", "development"];

    public static IReadOnlyList<string> DeploymentOneOff { get; } = ["initial", "development", "data_preparation"];

    public static IReadOnlyList<string> Economics { get; } = ["currency", "exchange", "hourly_cost", "monthly_volume", "monthly_volume_by_sensitivity"];

    public static IReadOnlyList<string> Criterion { get; } = ["metric", "op", "value", "required", "scope", "why"];

    public static IReadOnlyList<string> Kpi { get; } = ["provider", "eligible_staff", "survey", "usage", "timing", "from", "to", "band_point"];

    public static IReadOnlyList<string> KpiSource { get; } = ["file", "mapping"];
}
