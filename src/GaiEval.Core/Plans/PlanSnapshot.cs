namespace GaiEval.Core.Plans;

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GaiEval.Core.Inputs;

/// <summary>The plan as stored with a run: JSON (names of key variables, never their values) and the criteria's hash.</summary>
public static class PlanSnapshot
{
    public static string ToJson(EvalPlan plan) => JsonSerializer.Serialize(plan, GaiEvalJson.Indented);

    public static EvalPlan FromJson(string json) =>
        JsonSerializer.Deserialize<EvalPlan>(json, GaiEvalJson.Options)
        ?? throw new InvalidDataException("保存された計画を読み取れません。");

    public static string CriteriaJson(EvalPlan plan) => JsonSerializer.Serialize(plan.Criteria, GaiEvalJson.Options);

    public static string CriteriaHash(EvalPlan plan) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CriteriaJson(plan))));
}
