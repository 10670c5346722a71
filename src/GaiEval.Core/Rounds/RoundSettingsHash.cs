namespace GaiEval.Core.Rounds;

using System.Security.Cryptography;
using System.Text;
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
        var basis = new
        {
            Scheme,
            Round = round,
            Settings = settings with { Seed = RoundItemOrder.SeedOf(round, settings) },
            plan.Repeats,
            TestSet = testSet.ContentHash,
            Knowledge = knowledgeHash,
            ProbeItems = plan.Risk.ProbeItems is { } probes ? Path.GetFileName(probes) : null,
            ProbeKnowledge = plan.Risk.ProbeKnowledgeHash,
            Criteria = PlanSnapshot.CriteriaHash(plan),
            Judges = plan.Judges.Select(j => new { j.Adapter, j.Model, j.Endpoint }).ToArray(),
        };
        byte[] json = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(basis, GaiEvalJson.Options));
        return Convert.ToHexStringLower(SHA256.HashData(json));
    }
}
