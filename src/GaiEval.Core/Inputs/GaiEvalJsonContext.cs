using System.Text.Json.Serialization;
using GaiEval.Core.Model;
using GaiEval.Core.Plans;
using GaiEval.Core.Rounds;
using GaiEval.Core.Rounds.Contamination;
using GaiEval.Core.Rounds.Exposure;

namespace GaiEval.Core.Inputs;

/// <summary>
/// Compile-time JSON metadata of every type GaiEval writes or reads in <see cref="GaiEvalJson"/>'s convention: stored
/// items and retrieved passages, the plan snapshot and its criteria, the round files and the round's settings hash.
/// Only the metadata comes from here: names, enum values, escaping and null handling are those of the options.
/// </summary>
[JsonSerializable(typeof(GoldItem))]
[JsonSerializable(typeof(IReadOnlyList<GoldItem>))]
[JsonSerializable(typeof(EvalPlan))]
[JsonSerializable(typeof(IReadOnlyList<Criterion>))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(RoundRun))]
[JsonSerializable(typeof(RoundCommitment))]
[JsonSerializable(typeof(RoundReveal))]
[JsonSerializable(typeof(RoundCanary))]
[JsonSerializable(typeof(RoundExposure))]
[JsonSerializable(typeof(List<CompletionProbeResult>))]
[JsonSerializable(typeof(IReadOnlyList<CompletionProbeResult>))]
[JsonSerializable(typeof(RoundSettingsBasis))]
internal sealed partial class GaiEvalJsonContext : JsonSerializerContext;
