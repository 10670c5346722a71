namespace GaiEval.Core.Plans;

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GaiEval.Core.Inputs;

/// <summary>The plan as stored with a run: JSON (names of key variables, never their values) and the criteria's hash.</summary>
/// <remarks>
/// Nothing in an <see cref="EvalPlan"/> is read from the environment: <c>api_key_env</c> is a variable's name and HTTP
/// header values keep their <c>${NAME}</c> references, which only the adapters resolve, when they create a client. The
/// snapshot is what <c>run --resume</c> and the reports read, so it keeps those references as written. An endpoint with
/// user info or a key-like query parameter is refused by <see cref="PlanLoader"/>; a plan built in code is stored with
/// them masked all the same.
/// </remarks>
public static class PlanSnapshot
{
    public static string ToJson(EvalPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        EvalPlan redacted = plan with { Providers = [.. plan.Providers.Select(Redacted)], Judges = [.. plan.Judges.Select(Redacted)] };
        return JsonSerializer.Serialize(redacted, GaiEvalJson.Info<EvalPlan>(GaiEvalJson.Indented));
    }

    public static EvalPlan FromJson(string json) =>
        JsonSerializer.Deserialize(json, GaiEvalJson.Info<EvalPlan>(GaiEvalJson.Options))
        ?? throw new InvalidDataException("保存された計画を読み取れません。");

    public static string CriteriaJson(EvalPlan plan) => JsonSerializer.Serialize(plan.Criteria, GaiEvalJson.Info<IReadOnlyList<Criterion>>(GaiEvalJson.Options));

    public static string CriteriaHash(EvalPlan plan) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CriteriaJson(plan))));

    private static ProviderProfile Redacted(ProviderProfile profile) =>
        profile.Endpoint is { } endpoint ? profile with { Endpoint = EndpointSecrets.Redact(endpoint) } : profile;
}
