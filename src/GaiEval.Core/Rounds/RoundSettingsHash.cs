namespace GaiEval.Core.Rounds;

using System.Security.Cryptography;
using System.Text.Json;
using GaiEval.Core.Inputs;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;

/// <summary>
/// The round's settings hash, printed in every report of the round: SHA-256 (hex) of the JSON of everything the ward
/// fixed alike for every submission: the round's settings (seed resolved), repeats, the test set's content hash, the
/// knowledge's and the probe knowledge's content hashes, the probe set's file, the criteria and the judges. Two reports
/// with the same hash were produced under the same rules.
/// </summary>
public static class RoundSettingsHash
{
    public const string Scheme = "gaieval-round-settings-v1";

    public static string Compute(string round, EvalPlan plan, RoundSettings settings, TestSet testSet, string? knowledgeHash)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(testSet);
        var basis = new RoundSettingsBasis(
            Scheme,
            round,
            settings with { Seed = RoundItemOrder.SeedOf(round, settings) },
            plan.Repeats,
            testSet.ContentHash,
            knowledgeHash,
            plan.Risk.ProbeItems is { } probes ? Path.GetFileName(probes) : null,
            plan.Risk.ProbeKnowledgeHash,
            PlanSnapshot.CriteriaHash(plan),
            [.. plan.Judges.Select(j => new RoundJudgeBasis(j.Adapter, j.Model, j.Endpoint))]);
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(basis, GaiEvalJson.Info<RoundSettingsBasis>(GaiEvalJson.Options));
        return Convert.ToHexStringLower(SHA256.HashData(json));
    }
}

/// <summary>What <see cref="RoundSettingsHash"/> hashes, in its order (the names are snake_case in the JSON).</summary>
internal sealed record RoundSettingsBasis(
    string Scheme,
    string Round,
    RoundSettings Settings,
    int Repeats,
    string TestSet,
    string? Knowledge,
    string? ProbeItems,
    string? ProbeKnowledge,
    string Criteria,
    IReadOnlyList<RoundJudgeBasis> Judges);

/// <summary>A judge as <see cref="RoundSettingsHash"/> hashes it.</summary>
internal sealed record RoundJudgeBasis(string Adapter, string? Model, string? Endpoint);
